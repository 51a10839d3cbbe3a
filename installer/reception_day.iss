; Inno Setup 6 script for Reception Day (Windows). installer/build.py compiles it on Windows
; (ISCC on the PATH) after PyInstaller has made dist\reception-day:
;   ISCC /DAppVersion=0.1.0 installer\reception_day.iss
; Installs that bundle under Program Files (or, "install for me only", under the user's
; %LOCALAPPDATA%\Programs) with a start-menu entry per station role. Uninstalling removes
; the program only: the data (database, backups, keys) lives in each user's
; %LOCALAPPDATA%\ReceptionDay\ReceptionDay and the settings in HKCU\Software\ReceptionDay,
; neither of which this script installs, so both are kept.
; `installer/build.py --inno-check` compiles it with ISCC under wine against a stand-in
; bundle (BundleDir) and runs the setup silently; see installer/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\reception-day"
#endif

[Setup]
AppId={{6F1C3A52-1D0B-4E8A-9A57-5C2B7D4E0A11}
AppName=接访日 Reception Day
AppVersion={#AppVersion}
AppPublisher=Reception Day developers
DefaultDirName={autopf}\Reception Day
DefaultGroupName=接访日
OutputDir=..\dist
OutputBaseFilename=reception-day-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
UninstallDisplayName=接访日 Reception Day
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
; Inno Setup ships no Simplified Chinese (its translation is an unofficial download), so
; the project keeps its own complete one beside this script.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\接访日 · 登记台"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station desk"
Name: "{group}\接访日 · 接待室"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station room"
Name: "{group}\接访日 · 打印台"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station print"
Name: "{group}\接访日 · 叫号屏"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station display"
Name: "{group}\接访日 · 督办"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station supervision"
Name: "{group}\接访日 · 台账"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station ledger"
Name: "{group}\接访日 · 管理"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station admin"
Name: "{group}\接访日 · 演示活动"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--demo"
Name: "{group}\接访日 · 自检"; Filename: "{cmd}"; Parameters: "/k ""{app}\reception-day.exe"" --self-test"
Name: "{group}\卸载接访日"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\reception-day.exe"; Parameters: "--self-test"; Description: "运行自检 / Run the self-test"; Flags: postinstall skipifsilent runhidden unchecked
