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
DefaultGroupName={cm:AppShort}
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

[CustomMessages]
; The start menu in the installer's language; an English install also opens the stations in
; English (--lang en). The stations are app.domain.roles.WORKSTATIONS, each once, named as
; the window's tabs (tests/unit/test_installer.py holds the two lists together).
chinesesimplified.AppShort=接访日
english.AppShort=Reception Day
chinesesimplified.LangOption=
english.LangOption= --lang en
chinesesimplified.Desk=登记台
english.Desk=Desk
chinesesimplified.Room=接待室
english.Room=Room
chinesesimplified.Print=打印台
english.Print=Print station
chinesesimplified.Display=叫号屏
english.Display=Hall display
chinesesimplified.Supervisor=督办
english.Supervisor=Supervision
chinesesimplified.Ledger=台账
english.Ledger=Case ledger
chinesesimplified.Statistics=统计
english.Statistics=Statistics
chinesesimplified.Admin=管理
english.Admin=Set-up
chinesesimplified.Demo=演示活动
english.Demo=Demo event
chinesesimplified.SelfTest=自检
english.SelfTest=Self-test
chinesesimplified.Uninstall=卸载接访日
english.Uninstall=Uninstall Reception Day
chinesesimplified.RunSelfTest=运行自检
english.RunSelfTest=Run the self-test

[Icons]
Name: "{group}\{cm:AppShort} · {cm:Desk}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station desk{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Room}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station room{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Print}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station print{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Display}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station display{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Supervisor}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station supervisor{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Ledger}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station ledger{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Statistics}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station statistics{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Admin}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--station admin{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:Demo}"; Filename: "{app}\reception-day-gui.exe"; Parameters: "--demo{cm:LangOption}"
Name: "{group}\{cm:AppShort} · {cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k ""{app}\reception-day.exe"" --self-test"
Name: "{group}\{cm:Uninstall}"; Filename: "{uninstallexe}"

[Run]
; In a console that stays open: the self-test's lines are what the person wants to see.
Filename: "{cmd}"; Parameters: "/k ""{app}\reception-day.exe"" --self-test"; Description: "{cm:RunSelfTest}"; Flags: postinstall skipifsilent unchecked
