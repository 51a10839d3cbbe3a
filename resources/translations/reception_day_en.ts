<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountForm</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>添加信访事项</source>
        <translation>Add case</translation>
    </message>
    <message>
        <source>来访人反映的另一个问题</source>
        <translation>Another matter the petitioner raises</translation>
    </message>
    <message>
        <source>来访人的具体诉求</source>
        <translation>What the petitioner asks for</translation>
    </message>
    <message>
        <source>保密（检举控告，不向被举报单位透露来访人身份）</source>
        <translation>Confidential (accusation: identity withheld from the accused unit)</translation>
    </message>
    <message>
        <source>（无被举报单位）</source>
        <translation>(no accused unit)</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>问题摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>被举报单位</source>
        <translation>Accused unit</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>接访日</source>
        <translation>Reception Day</translation>
    </message>
    <message>
        <source>数据库中还没有接访活动。请先用 reception-day demo 建立演示活动，或在管理端创建。</source>
        <translation>The database has no reception day yet. Build the demo event with reception-day demo, or create one at the admin station.</translation>
    </message>
    <message>
        <source>升级前的备份含未加密的个人信息</source>
        <translation>The backup made before the upgrade holds unencrypted personal data</translation>
    </message>
    <message>
        <source>数据库已升级，身份证号、电话和住址现已加密保存。

升级前自动备份的文件仍含未加密的身份证号、电话和住址（此前的备份也是）：
%1

确认升级后的数据无误后，请将其移至离线介质保管或删除。</source>
        <translation>The database has been upgraded: ID numbers, phones and addresses are now stored encrypted.

The automatic backup made before the upgrade still holds the ID numbers, phones and addresses unencrypted (so do older backups):
%1

Once the upgraded data has been checked, move that backup to offline storage or delete it.</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>取消打印 (Esc)</source>
        <translation>Cancel printing (Esc)</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing...</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>交办清单与汇总</source>
        <translation>Handover lists and summary</translation>
    </message>
    <message>
        <source>每个责任单位一份：交办清单（封面）加送该单位的全部交办单。已打印过的交办单作为“补打”打印并记录；另存为 PDF 不计入出单。</source>
        <translation>One set per unit: a handover list (cover sheet) plus all of that unit's assignment slips. Slips printed before are printed and logged as reprints; saving as PDF does not count as issued.</translation>
    </message>
    <message>
        <source>全天交办单（存档联，{n} 件）</source>
        <translation>All of the day's assignment slips (file copies, {n})</translation>
    </message>
    <message>
        <source>{unit}（{n} 件）</source>
        <translation>{unit} ({n})</translation>
    </message>
    <message>
        <source>全选单位</source>
        <translation>Select all units</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>打印所选</source>
        <translation>Print selected</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF...</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>当场解决</source>
        <translation>Resolved on the spot</translation>
    </message>
    <message>
        <source>交办…</source>
        <translation>Hand over...</translation>
    </message>
    <message>
        <source>依法分类…</source>
        <translation>Legal channel...</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>牵头：{lead}</source>
        <translation>Lead: {lead}</translation>
    </message>
    <message>
        <source>（未填写问题摘要）</source>
        <translation>(no summary entered)</translation>
    </message>
    <message>
        <source>事项 {n}</source>
        <translation>Case {n}</translation>
    </message>
    <message>
        <source>{number} · 查询码 {code} · {topic} · {category}</source>
        <translation>{number} · query code {code} · {topic} · {category}</translation>
    </message>
    <message>
        <source>保密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>；协办：{co}</source>
        <translation>; co-units: {co}</translation>
    </message>
    <message>
        <source>{due} 前反馈 · 受理告知 {accept} 前 · 办结 {handle} 前</source>
        <translation>feedback by {due} · acceptance notice by {accept} · closing by {handle}</translation>
    </message>
    <message>
        <source>诉求：{demand}</source>
        <translation>Demand: {demand}</translation>
    </message>
    <message>
        <source>{time} 记录</source>
        <translation>recorded {time}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>批示：{text}</source>
        <translation>Instruction: {text}</translation>
    </message>
    <message>
        <source>导入法定途径：{channel}</source>
        <translation>Legal channel: {channel}</translation>
    </message>
</context>
<context>
    <name>CaseCardView</name>
    <message>
        <source>本批接谈完毕</source>
        <translation>This batch is done</translation>
    </message>
    <message>
        <source>叫下一位 (F5)</source>
        <translation>Call next (F5)</translation>
    </message>
    <message>
        <source>添加事项 (Ctrl+N)</source>
        <translation>Add case (Ctrl+N)</translation>
    </message>
    <message>
        <source>，交办单已送打印台</source>
        <translation>; assignment slips sent to the print station</translation>
    </message>
    <message>
        <source>当前没有接谈的来访人</source>
        <translation>No one in reception</translation>
    </message>
    <message>
        <source>建议责任单位</source>
        <translation>Suggested units</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>既往来访（{n} 次）</source>
        <translation>Earlier visits ({n})</translation>
    </message>
    <message>
        <source>既往来访</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <source>无既往来访记录</source>
        <translation>No earlier visits</translation>
    </message>
    <message>
        <source>{ticket} 号</source>
        <translation>No. {ticket}</translation>
    </message>
    <message>
        <source>来访人（{n} 人）</source>
        <translation>Petitioners ({n})</translation>
    </message>
    <message>
        <source>信访事项（{n} 件）</source>
        <translation>Cases ({n})</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} pers.</translation>
    </message>
    <message>
        <source>备注：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>（在本室）</source>
        <translation> (in this room)</translation>
    </message>
    <message>
        <source>无建议（可在交办时从全部单位中选择）</source>
        <translation>No suggestion (any unit can be chosen when handing over)</translation>
    </message>
    <message>
        <source>未出示证件</source>
        <translation>No ID shown</translation>
    </message>
    <message>
        <source>另有 {n} 人随同来访（未逐一登记）</source>
        <translation>+{n} accompanying (not registered by name)</translation>
    </message>
    <message>
        <source>显示完整号码…</source>
        <translation>Show full number…</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{date} {event} · {name}（按{how}匹配）</source>
        <translation>{date} {event} · {name} (matched by {how})</translation>
    </message>
    <message>
        <source>{age} 岁</source>
        <translation>aged {age}</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>筛选…</source>
        <translation>Filter...</translation>
    </message>
    <message>
        <source>{title}（已选 {count}）</source>
        <translation>{title} ({count} selected)</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>工作站已锁定</source>
        <translation>Workstation locked</translation>
    </message>
</context>
<context>
    <name>DateListEdit</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>{date}（周{weekday}）</source>
        <translation>{date} ({weekday})</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <source>拼音</source>
        <translation>pinyin initials</translation>
    </message>
    <message>
        <source>排队号</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>电话尾号</source>
        <translation>phone tail</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>证件尾号</source>
        <translation>ID tail</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>查询码</source>
        <translation>query code</translation>
    </message>
    <message>
        <source>信访件编号</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>预约单二维码</source>
        <translation>notice QR code</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>优先（70岁以上老人）</source>
        <translation>Priority (aged 70+)</translation>
    </message>
    <message>
        <source>优先（残疾人）</source>
        <translation>Priority (disabled)</translation>
    </message>
    <message>
        <source>优先（预约）</source>
        <translation>Priority (appointment)</translation>
    </message>
    <message>
        <source>约1小时以上</source>
        <translation>1 h+</translation>
    </message>
    <message>
        <source>来访人指定的接待室</source>
        <translation>Room requested by the petitioner</translation>
    </message>
    <message>
        <source>来访人指定领导所在接待室</source>
        <translation>Room of the leader the petitioner asked for</translation>
    </message>
    <message>
        <source>类别对口、等候最短</source>
        <translation>Topic match, shortest wait</translation>
    </message>
    <message>
        <source>无对口接待室，安排综合接待室</source>
        <translation>No room for the topic; general room</translation>
    </message>
    <message>
        <source>无对口接待室，安排等候最短的接待室</source>
        <translation>No room for the topic; shortest wait</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳通行证</source>
        <translation>HK/Macao permit</translation>
    </message>
    <message>
        <source>台胞证</source>
        <translation>Taiwan permit</translation>
    </message>
    <message>
        <source>未出示证件</source>
        <translation>No ID shown</translation>
    </message>
    <message>
        <source>约{low}–{high}分钟</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>{number}号 {name}</source>
        <translation>{number} · {name}</translation>
    </message>
    <message>
        <source>约{high}分钟以内</source>
        <translation>&lt; {high} min</translation>
    </message>
</context>
<context>
    <name>DeskBatchPane</name>
    <message>
        <source>批次详情</source>
        <translation>Batch details</translation>
    </message>
    <message>
        <source>显示完整号码…</source>
        <translation>Show full number…</translation>
    </message>
    <message>
        <source>全部签到</source>
        <translation>Check in all</translation>
    </message>
    <message>
        <source>签到所选</source>
        <translation>Check in selected</translation>
    </message>
    <message>
        <source>查找来访人（姓名、拼音首字母、尾号、排队号、扫预约单）</source>
        <translation>Find petitioners (name, pinyin initials, number tail, ticket, scanned notice)</translation>
    </message>
    <message>
        <source>进入结果 / 预登记批次整批签到</source>
        <translation>Go to results / check in a pre-registered batch</translation>
    </message>
    <message>
        <source>现场登记新来访人</source>
        <translation>Register a new walk-in</translation>
    </message>
    <message>
        <source>登记表中添加来访人</source>
        <translation>Add a petitioner to the form</translation>
    </message>
    <message>
        <source>确认登记</source>
        <translation>Confirm registration</translation>
    </message>
    <message>
        <source>重打排队号</source>
        <translation>Reprint ticket</translation>
    </message>
    <message>
        <source>选中查找结果即显示该批次；可勾选部分成员签到。</source>
        <translation>Select a search result to show its batch; tick members to check in only some.</translation>
    </message>
    <message>
        <source>{name}（{id}）本次接访日没有登记。如需接访，请在现场登记表中登记。</source>
        <translation>{name} ({id}) is not registered for this reception day. To be received, register them with the walk-in form.</translation>
    </message>
    <message>
        <source>预分 {room}</source>
        <translation>Pre-assigned: {room}</translation>
    </message>
    <message>
        <source>未取号</source>
        <translation>No ticket yet</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} pers.</translation>
    </message>
    <message>
        <source>诉求：</source>
        <translation>Demand: </translation>
    </message>
    <message>
        <source>无证件</source>
        <translation>No ID</translation>
    </message>
    <message>
        <source>{age}岁</source>
        <translation>aged {age}</translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>全部签到 (Enter)</source>
        <translation>Check in all (Enter)</translation>
    </message>
    <message>
        <source>补签到全部成员</source>
        <translation>Check in the remaining members</translation>
    </message>
    <message>
        <source>请至少勾选一位来访人。</source>
        <translation>Tick at least one petitioner.</translation>
    </message>
</context>
<context>
    <name>DeskSearchPanel</name>
    <message>
        <source>查找：姓名 / 拼音首字母 / 证件或电话尾号 / 排队号 / 查询码 / 扫预约单 (F2)</source>
        <translation>Find: name / pinyin initials / ID or phone tail / ticket / query code / scan notice (F2)</translation>
    </message>
    <message>
        <source>输入后自动查找；↓ 进入结果，Enter 签到，Esc 清空</source>
        <translation>Searches as you type; ↓ to results, Enter checks in, Esc clears</translation>
    </message>
    <message>
        <source>无法识别的查找内容</source>
        <translation>Search text not recognised</translation>
    </message>
    <message>
        <source>没有找到。新来访人请在右侧现场登记。</source>
        <translation>Nothing found. Register new petitioners with the walk-in form on the right.</translation>
    </message>
    <message>
        <source>找到 {n} 条</source>
        <translation>Found: {n}</translation>
    </message>
</context>
<context>
    <name>DeskStation</name>
    <message>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>F3 新登记 · Enter 下一项 · F6 加人</source>
        <translation>F3 new walk-in · Enter next field · F6 add person</translation>
    </message>
    <message>
        <source>现场登记</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>DeskWalkIn</name>
    <message>
        <source>确认登记 (Ctrl+Enter)</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <source>证件号码尾号 {tail} 此前登记的姓名为 {known}，与 {typed} 不同，请核对。</source>
        <translation>ID number ending {tail} was registered before as {known}, not {typed}. Please check.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>正在登记…</source>
        <translation>Registering...</translation>
    </message>
</context>
<context>
    <name>DirectoryTabs</name>
    <message>
        <source>新增反映类别</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>添加建议牵头单位</source>
        <translation>Add suggested lead unit</translation>
    </message>
    <message>
        <source>筛选类别…</source>
        <translation>Filter topics...</translation>
    </message>
    <message>
        <source>新增责任单位</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>筛选单位…</source>
        <translation>Filter units...</translation>
    </message>
    <message>
        <source>新增领导</source>
        <translation>New leader</translation>
    </message>
    <message>
        <source>筛选领导…</source>
        <translation>Filter leaders...</translation>
    </message>
    <message>
        <source>新增（Ctrl+N）</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>编辑所选（Enter 或双击）</source>
        <translation>Edit selected (Enter or double-click)</translation>
    </message>
    <message>
        <source>恢复启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>它目前在本场 {rooms} 接待室。</source>
        <translation>It is present in this event's rooms: {rooms}.</translation>
    </message>
    <message>
        <source>停用责任单位</source>
        <translation>Deactivate unit</translation>
    </message>
    <message>
        <source>停用“{name}”？</source>
        <translation>Deactivate "{name}"?</translation>
    </message>
    <message>
        <source>停用后，交办和接待室设置中不再提供该单位；已交办的事项和历史记录保留。可随时恢复启用。</source>
        <translation>Once deactivated, the unit is no longer offered for hand-overs or room set-up; cases already handed over and the history are kept. You can reactivate it at any time.</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>本场接访日尚未设置接待室</source>
        <translation>This reception day has no rooms yet</translation>
    </message>
</context>
<context>
    <name>DisplayStation</name>
    <message>
        <source>全屏显示 (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>语音播报</source>
        <translation>Voice calls</translation>
    </message>
    <message>
        <source>{event} · 叫号</source>
        <translation>{event} · Calling</translation>
    </message>
    <message>
        <source>更新于 {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <source>刷新失败：{reason}</source>
        <translation>Refresh failed: {reason}</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
</context>
<context>
    <name>DisplayTile</name>
    <message>
        <source>约1小时以上</source>
        <translation>over 1 hour</translation>
    </message>
    <message>
        <source>无人等候</source>
        <translation>No one waiting</translation>
    </message>
    <message>
        <source>约{low}–{high}分钟</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>暂停接待</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>约{high}分钟以内</source>
        <translation>under {high} min</translation>
    </message>
    <message>
        <source>正在接待</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>等候叫号</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>等候 {batches} 批 {persons} 人</source>
        <translation>Waiting: {batches} ({persons} pers.)</translation>
    </message>
    <message>
        <source>下一位</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>暂无排队</source>
        <translation>No queue</translation>
    </message>
    <message>
        <source>正在叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>{room} 号接待室</source>
        <translation>Room {room}</translation>
    </message>
</context>
<context>
    <name>EndOfDayDialog</name>
    <message>
        <source>日终备份…</source>
        <translation>End-of-day backup…</translation>
    </message>
    <message>
        <source>校验审计日志，并把数据库备份到备份文件夹</source>
        <translation>Verify the audit log and back the database up to the backup folder</translation>
    </message>
    <message>
        <source>日终备份</source>
        <translation>End-of-day backup</translation>
    </message>
    <message>
        <source>正在校验审计日志并备份数据库……</source>
        <translation>Verifying the audit log and backing up the database…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已备份到：&lt;br&gt;{path}&lt;br&gt;{size}，{rows} 行，用时 {s} 秒。</source>
        <translation>Backed up to:&lt;br&gt;{path}&lt;br&gt;{size}, {rows} rows, took {s} s.</translation>
    </message>
    <message>
        <source>日终备份失败：{error}</source>
        <translation>End-of-day backup failed: {error}</translation>
    </message>
    <message>
        <source>审计日志完整：{n} 条记录，哈希链校验通过。</source>
        <translation>Audit log intact: {n} entries, hash chain verified.</translation>
    </message>
    <message>
        <source>&lt;b style='color:#c62828'&gt;审计日志被改动&lt;/b&gt;：第 {seq} 条起校验失败（{why}）。</source>
        <translation>&lt;b style='color:#c62828'&gt;Audit log altered&lt;/b&gt;: verification fails from entry {seq} ({why}).</translation>
    </message>
</context>
<context>
    <name>EventBasics</name>
    <message>
        <source>接访日</source>
        <translation>Reception Day</translation>
    </message>
    <message>
        <source>如：2027年春季县领导公开接访日</source>
        <translation>e.g. 2027 Spring County Leaders' Public Reception Day</translation>
    </message>
    <message>
        <source>如：县实验中学</source>
        <translation>e.g. County Experimental Middle School</translation>
    </message>
    <message>
        <source>印在文书抬头，如：县信访工作联席会议办公室</source>
        <translation>Printed in document headers, e.g. County Joint Office for Petition Work</translation>
    </message>
    <message>
        <source>1–4 个英文字母，印在信访件编号前</source>
        <translation>1–4 Latin letters, printed before case numbers</translation>
    </message>
    <message>
        <source>1–4 个英文字母；已编号的信访件保持原编号</source>
        <translation>1–4 Latin letters; numbered cases keep their numbers</translation>
    </message>
    <message>
        <source>保存基本信息</source>
        <translation>Save basics</translation>
    </message>
    <message>
        <source>在任一输入框中按 Enter 也可保存</source>
        <translation>Enter in any field also saves</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>信访件编号前缀</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <source>其他工作站刚修改了这些信息，已显示最新内容。</source>
        <translation>Another station just changed this information; the latest version is shown.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>应为 1–4 个英文字母，如 JF</source>
        <translation>Must be 1–4 Latin letters, e.g. JF</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>新建接访日</source>
        <translation>New reception day</translation>
    </message>
    <message>
        <source>如：2027年春季县领导公开接访日</source>
        <translation>e.g. 2027 Spring County Leaders' Public Reception Day</translation>
    </message>
    <message>
        <source>1–4 个英文字母，印在信访件编号前</source>
        <translation>1–4 Latin letters, printed before case numbers</translation>
    </message>
    <message>
        <source>沿用当前接访日的督办规则、节假日和文书用语</source>
        <translation>Copy supervision rules, holidays and document wording from the current reception day</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>编号前缀</source>
        <translation>Number prefix</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出信访件</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <source>导出本次接访日的全部信访件及其交办、督办、回访情况，每件一行。各列与全国信访件字段的对照见 Excel 文件中的“字段说明”表。</source>
        <translation>Exports every case of this reception day with its hand-over, supervision and follow-up, one row per case. The workbook's second sheet (field notes) maps each column to the national petition-record fields.</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文本（.csv，UTF-8，Excel 可直接打开）</source>
        <translation>CSV text (.csv, UTF-8, opens directly in Excel)</translation>
    </message>
    <message>
        <source>包含完整身份信息（姓名、证件号码、电话、住址）</source>
        <translation>Include full identities (names, ID numbers, phones, addresses)</translation>
    </message>
    <message>
        <source>完整身份信息仅限有权限的人员导出，导出将被记录。检举控告等保密件在任何导出中都不显示来访人。</source>
        <translation>Full identities may only be exported by authorised staff, and the export is recorded. Confidential cases such as accusations never show the petitioner in any export.</translation>
    </message>
    <message>
        <source>信访件_{event}.xlsx</source>
        <translation>cases_{event}.xlsx</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>身份信息</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>默认脱敏（张*丰、138****8000）</source>
        <translation>Masked by default (e.g. Zhang *feng, 138****8000)</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>%v / %m 件</source>
        <translation>%v / %m cases</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>请选择保存位置。</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>完整身份</source>
        <translation>full identities</translation>
    </message>
    <message>
        <source>已脱敏</source>
        <translation>masked</translation>
    </message>
    <message>
        <source>已导出 {n} 件信访件（{kind}）：{path}</source>
        <translation>Exported {n} cases ({kind}): {path}</translation>
    </message>
    <message>
        <source>已取消导出，未写入文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>导出失败：{reason}</source>
        <translation>Export failed: {reason}</translation>
    </message>
    <message>
        <source>文件夹不存在：{path}</source>
        <translation>The folder does not exist: {path}</translation>
    </message>
    <message>
        <source>请在文件夹后写上文件名。</source>
        <translation>Add a file name after the folder.</translation>
    </message>
    <message>
        <source>无法写入文件，可能正被其他程序打开或没有写入权限（{reason}）。</source>
        <translation>Cannot write the file; it may be open in another program or the folder may not allow writing ({reason}).</translation>
    </message>
    <message>
        <source>取消导出</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>批准延期的负责人</source>
        <translation>Head who approves the extension</translation>
    </message>
    <message>
        <source>依《信访工作条例》，办理期限最多延长 {max} 天；本件还可延期 {n} 天。</source>
        <translation>Under the Regulations on Letters and Visits the handling deadline may be extended by at most {max} days; {n} days are left for this item.</translation>
    </message>
    <message>
        <source>本件已延期满 {max} 天，不能再延期。</source>
        <translation>This item has already been extended by the full {max} days and cannot be extended again.</translation>
    </message>
    <message>
        <source>延期天数</source>
        <translation>Extension days</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>接访日 — 创建管理员</source>
        <translation>Reception Day — create the administrator</translation>
    </message>
    <message>
        <source>这个数据库还没有用户。请创建管理员账号；其他岗位的账号由管理员添加（reception-day user add）。</source>
        <translation>This database has no users yet. Create the administrator account; the administrator adds the accounts of the other posts (reception-day user add).</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <source>如 信访局管理员</source>
        <translation>e.g. Petitions Bureau administrator</translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>接访日 — 首次设置</source>
        <translation>Reception Day — first-time set-up</translation>
    </message>
    <message>
        <source>请选择本工作站使用的数据库和岗位。
以后可在命令行用 --db 和 --station 更改。</source>
        <translation>Choose the database and the role of this workstation.
You can change them later with --db and --station on the command line.</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>本机（单台电脑，SQLite）</source>
        <translation>This PC (one computer, SQLite)</translation>
    </message>
    <message>
        <source>PostgreSQL 服务器（多台电脑共用）</source>
        <translation>PostgreSQL server (shared by several PCs)</translation>
    </message>
    <message>
        <source>填写 reception-day setup-server 第 6 步列出的五项。</source>
        <translation>Enter the five values listed in step 6 of reception-day setup-server.</translation>
    </message>
    <message>
        <source>主机</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>管理（全部岗位）</source>
        <translation>Set-up (all roles)</translation>
    </message>
    <message>
        <source>登记台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>打印台</source>
        <translation>Print station</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Case ledger</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>本工作站</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>接待室编号</source>
        <translation>Room number</translation>
    </message>
    <message>
        <source>连接失败：{reason}</source>
        <translation>Connection failed: {reason}</translation>
    </message>
    <message>
        <source>连接成功</source>
        <translation>Connected</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>回访</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>已联系上</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>回访结果</source>
        <translation>Call result</translation>
    </message>
    <message>
        <source>对组织方满意度</source>
        <translation>Satisfaction with the organiser</translation>
    </message>
    <message>
        <source>对责任单位满意度</source>
        <translation>Satisfaction with the unit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>本室在场单位</source>
        <translation>Units in this room</translation>
    </message>
    <message>
        <source>建议单位</source>
        <translation>Suggested units</translation>
    </message>
    <message>
        <source>其他单位</source>
        <translation>Other units</translation>
    </message>
    <message>
        <source>输入单位名称筛选…</source>
        <translation>Type a unit name to filter...</translation>
    </message>
    <message>
        <source>保密（不向被举报单位透露来访人身份）</source>
        <translation>Confidential (identity withheld from the accused unit)</translation>
    </message>
    <message>
        <source>（无被举报单位）</source>
        <translation>(no accused unit)</translation>
    </message>
    <message>
        <source>{colour}  {days} 个工作日内反馈</source>
        <translation>{colour} · {days} working day(s)</translation>
    </message>
    <message>
        <source>{colour}  {days} 日内反馈</source>
        <translation>{colour} · {days} day(s)</translation>
    </message>
    <message>
        <source>请{lead}牵头，会同协办单位依法依规调查处理，按时限反馈办理情况。</source>
        <translation>{lead}: please take the lead, with the co-units, in investigating and handling this according to law and regulations, and report back by the deadline.</translation>
    </message>
    <message>
        <source>请{lead}依法依规调查处理，按时限反馈办理情况。</source>
        <translation>{lead}: please investigate and handle this according to law and regulations, and report back by the deadline.</translation>
    </message>
    <message>
        <source>牵头单位（必选）</source>
        <translation>Lead unit (required)</translation>
    </message>
    <message>
        <source>协办单位（可多选）</source>
        <translation>Co-units (any number)</translation>
    </message>
    <message>
        <source>反馈时限</source>
        <translation>Feedback deadline</translation>
    </message>
    <message>
        <source>领导批示（必填）</source>
        <translation>Leader's instruction (required)</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>被举报单位</source>
        <translation>Accused unit</translation>
    </message>
    <message>
        <source>交办 — {number}</source>
        <translation>Hand over — {number}</translation>
    </message>
    <message>
        <source>快捷键 Alt+{n}</source>
        <translation>Shortcut Alt+{n}</translation>
    </message>
</context>
<context>
    <name>HandOverModel</name>
    <message>
        <source>交办</source>
        <translation>Handed</translation>
    </message>
    <message>
        <source>协办</source>
        <translation>Assist</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>按期</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>按期率</source>
        <translation>On time %</translation>
    </message>
    <message>
        <source>交办件数（牵头办理）</source>
        <translation>Hand-overs (as lead unit)</translation>
    </message>
    <message>
        <source>作为协办单位的交办件数</source>
        <translation>Hand-overs the unit assists with (co-unit)</translation>
    </message>
    <message>
        <source>尚未办结的交办件</source>
        <translation>Hand-overs not closed yet</translation>
    </message>
    <message>
        <source>已办结的交办件</source>
        <translation>Hand-overs closed</translation>
    </message>
    <message>
        <source>在办理期限（含批准延期）内办结的交办件</source>
        <translation>Hand-overs closed by their handling deadline (as extended)</translation>
    </message>
    <message>
        <source>已过办理期限（含批准延期）仍未办结的交办件</source>
        <translation>Hand-overs still open after their handling deadline (as extended)</translation>
    </message>
    <message>
        <source>按期办结 ÷ 已办结</source>
        <translation>Closed on time ÷ closed</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入预登记名单</source>
        <translation>Import pre-registration list</translation>
    </message>
    <message>
        <source>请选择各乡镇报送的预登记名单（.xlsx 或 .csv）。</source>
        <translation>Choose a pre-registration list sent in by a township (.xlsx or .csv).</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>只看有问题的行</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择预登记名单</source>
        <translation>Choose a pre-registration list</translation>
    </message>
    <message>
        <source>名单 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>文件：{name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>可导入 {ready} 行，有问题 {bad} 行</source>
        <translation>{ready} rows ready to import, {bad} rows with problems</translation>
    </message>
    <message>
        <source>，已预登记 {n} 行（将跳过）</source>
        <translation>, {n} rows already pre-registered (will be skipped)</translation>
    </message>
    <message>
        <source>文件中没有要导入的行（只有表头或示例行）。</source>
        <translation>The file has no rows to import (only the header or the example row).</translation>
    </message>
    <message>
        <source>已导入 {n} 行</source>
        <translation>Imported {n} rows</translation>
    </message>
    <message>
        <source>，跳过已预登记的 {n} 行</source>
        <translation>, skipped {n} rows already pre-registered</translation>
    </message>
    <message>
        <source>。已停止：再次导入同一文件可继续，不会重复登记。</source>
        <translation>. Stopped: importing the same file again continues without registering anyone twice.</translation>
    </message>
    <message>
        <source>第 {row} 行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>以下行未能导入：</source>
        <translation>These rows could not be imported: </translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已停止读取。</source>
        <translation>Reading stopped.</translation>
    </message>
    <message>
        <source>读取</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>导入 {n} 行</source>
        <translation>Import {n} rows</translation>
    </message>
    <message>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>导入模板</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>导入模板已保存：{path}</source>
        <translation>Import template saved: {path}</translation>
    </message>
    <message>
        <source>无法保存模板：{reason}</source>
        <translation>Could not save the template: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>预约接待室或领导</source>
        <translation>Requested room or leader</translation>
    </message>
    <message>
        <source>问题摘要</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>文件太大（超过 10 MB），请拆分后再导入。</source>
        <translation>The file is too large (over 10 MB); split it and import the parts.</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>只能导入 .xlsx 或 .csv 文件。</source>
        <translation>Only .xlsx or .csv files can be imported.</translation>
    </message>
    <message>
        <source>文件内容与扩展名不符，请用 Excel 打开后另存为 .xlsx 再导入。</source>
        <translation>The file's content does not match its extension; open it in Excel, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件已损坏或不是有效的 Excel 文件（.xlsx）。</source>
        <translation>The file is damaged or not a valid Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>文件解压后过大，疑似恶意文件，已拒绝。</source>
        <translation>Refused: the file unpacks to far too much data and may be malicious.</translation>
    </message>
    <message>
        <source>文件含有不允许的内容（XML 实体声明），疑似恶意文件，已拒绝。</source>
        <translation>Refused: the file contains XML entity declarations and may be malicious.</translation>
    </message>
    <message>
        <source>无法识别 CSV 的编码，请另存为 UTF-8 或 GBK 编码。</source>
        <translation>Unknown CSV encoding; save it as UTF-8 or GBK.</translation>
    </message>
    <message>
        <source>CSV 文件格式错误（含有无法识别的字符或引号不成对）。</source>
        <translation>The CSV file is malformed (unreadable characters or unbalanced quotes).</translation>
    </message>
    <message>
        <source>第 {row} 行有超长的单元格，疑似恶意文件，已拒绝。</source>
        <translation>Refused: row {row} has an oversized cell; the file may be malicious.</translation>
    </message>
    <message>
        <source>行数超过 {max} 行，请拆分成几个文件。</source>
        <translation>More than {max} rows; split the list into several files.</translation>
    </message>
    <message>
        <source>找不到表头：第一行（或标题下一行）应有“姓名”“身份证号”等列。请使用导入模板。</source>
        <translation>No header row found: the first row (or the row below a title) must name the columns (name, ID number, …). Please use the import template.</translation>
    </message>
    <message>
        <source>缺少必需的列：{columns}。</source>
        <translation>Required columns missing: {columns}.</translation>
    </message>
    <message>
        <source>表头下面没有数据。</source>
        <translation>There are no rows under the header.</translation>
    </message>
    <message>
        <source>无法读取文件：{error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <source>这是旧版 Excel 文件（.xls），请在 Excel 中另存为 .xlsx 后再导入。</source>
        <translation>This is an old Excel file (.xls); save it as .xlsx in Excel and import that.</translation>
    </message>
    <message>
        <source>被存成了数字，后几位已丢失，请把该列设为文本后重新填写</source>
        <translation>stored as a number, so its last digits are lost; format the column as text and type it again</translation>
    </message>
    <message>
        <source>身份证号和联系电话至少填一项</source>
        <translation>give an ID number or a phone number</translation>
    </message>
    <message>
        <source>是公式，请直接填写内容</source>
        <translation>is a formula; type the value instead</translation>
    </message>
    <message>
        <source>不是人数</source>
        <translation>is not a head-count</translation>
    </message>
    <message>
        <source>没有 {number} 号接待室</source>
        <translation>there is no room {number}</translation>
    </message>
    <message>
        <source>该领导当天不在接待室</source>
        <translation>this leader is not on duty in a room that day</translation>
    </message>
    <message>
        <source>对应多项：{matches}</source>
        <translation>matches several: {matches}</translation>
    </message>
    <message>
        <source>与第 {first_row} 行是同一人</source>
        <translation>same person as row {first_row}</translation>
    </message>
    <message>
        <source>不是中国大陆的号码</source>
        <translation>not a mainland China number</translation>
    </message>
    <message>
        <source>没有这个反映类别</source>
        <translation>no such topic</translation>
    </message>
    <message>
        <source>已忽略不认识的列“{header}”</source>
        <translation>Unknown column “{header}” ignored</translation>
    </message>
    <message>
        <source>列“{header}”与“{used}”重复，已忽略</source>
        <translation>Column “{header}” repeats “{used}” and was ignored</translation>
    </message>
    <message>
        <source>文件中没有这些列（可不填）：{columns}</source>
        <translation>Columns not in the file (optional): {columns}</translation>
    </message>
    <message>
        <source>找不到这个接待室或当天在岗的领导</source>
        <translation>no such room or leader on duty that day</translation>
    </message>
    <message>
        <source>{column}：{reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>可导入</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>已预登记</source>
        <translation>Already pre-registered</translation>
    </message>
</context>
<context>
    <name>LeaderDialog</name>
    <message>
        <source>新增领导</source>
        <translation>New leader</translation>
    </message>
    <message>
        <source>编辑领导</source>
        <translation>Edit leader</translation>
    </message>
    <message>
        <source>如：县委副书记</source>
        <translation>e.g. Deputy Party Secretary of the County</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>LeaderTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>本场值守接待室</source>
        <translation>On duty in rooms</translation>
    </message>
    <message>
        <source>{n} 号</source>
        <translation>Room {n}</translation>
    </message>
</context>
<context>
    <name>LedgerDetailDialog</name>
    <message>
        <source>信访件 {n}</source>
        <translation>Case {n}</translation>
    </message>
    <message>
        <source>未交办</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>查询码</source>
        <translation>Query code</translation>
    </message>
    <message>
        <source>接访日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>信访人</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <source>{names}（共 {n} 人）</source>
        <translation>{names} ({n} in all)</translation>
    </message>
    <message>
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Handling due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>超期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>检举控告/保密件：台账不显示来访人，完整记录请在督办中查看。</source>
        <translation>Accusation / confidential case: the ledger does not show the petitioners; the full record is in Supervision.</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <source>全部接待日</source>
        <translation>All reception days</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>全部处理结果</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>未交办</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>待反馈</source>
        <translation>Awaiting feedback</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部颜色</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>绿色</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>仅超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>编号、查询码或摘要</source>
        <translation>Number, query code or summary</translation>
    </message>
    <message>
        <source>接访日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Hand-over</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>查询码</source>
        <translation>Query code</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>接访日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>信访人</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Handling due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>检举控告或保密事项：不显示信访人</source>
        <translation>Accusation or confidential case: petitioners are not shown</translation>
    </message>
    <message>
        <source>未交办</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>超期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
</context>
<context>
    <name>LedgerStation</name>
    <message>
        <source>台账</source>
        <translation>Case ledger</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>可按编号、登记日期或办理期限排序</source>
        <translation>Sorts by case number, recording date or handling due date</translation>
    </message>
    <message>
        <source>导出所选接访日的全部信访件</source>
        <translation>Export every case of the chosen reception day</translation>
    </message>
    <message>
        <source>请先选择一个接访日</source>
        <translation>Choose a reception day first</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>接访日 — 已锁定</source>
        <translation>Reception Day — locked</translation>
    </message>
    <message>
        <source>{role}，用户名 {username}。输入密码解锁，锁定前正在做的工作都还在。</source>
        <translation>{role}, user name {username}. Enter your password to unlock; the work in progress is still there.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>换人登录：本工作站未保存的表单将关闭</source>
        <translation>Someone else logs in: unsaved forms at this workstation are closed</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter the password.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>接访日 — 登录</source>
        <translation>Reception Day — log in</translation>
    </message>
    <message>
        <source>请登录</source>
        <translation>Please log in</translation>
    </message>
    <message>
        <source>工作站：{station}</source>
        <translation>Workstation: {station}</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>如 desk1</source>
        <translation>e.g. desk1</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Please enter the user name and password.</translation>
    </message>
    <message>
        <source>正在验证……</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>已连接</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>登记台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>打印台</source>
        <translation>Print station</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>管理</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Case ledger</translation>
    </message>
    <message>
        <source>接访日 — {event}</source>
        <translation>Reception Day — {event}</translation>
    </message>
    <message>
        <source>工作站：{station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <source>没有可用的排队号打印机：请在打印台“打印设置”中选择，或在打印台补打。</source>
        <translation>No ticket printer available: choose one under Print settings at the print station, or reprint the ticket there.</translation>
    </message>
    <message>
        <source>离线 — 正在重试 {detail}</source>
        <translation>Offline — retrying {detail}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>诉讼</source>
        <translation>Lawsuit</translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>劳动人事争议仲裁</source>
        <translation>Labour dispute arbitration</translation>
    </message>
    <message>
        <source>申诉</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>信访复查</source>
        <translation>Petition review</translation>
    </message>
    <message>
        <source>经现场协调，问题已当场解决，来访人表示认可。</source>
        <translation>Settled on the spot after mediation; the petitioner agreed.</translation>
    </message>
    <message>
        <source>已向来访人解释说明相关政策规定，来访人表示理解。</source>
        <translation>The relevant policies and rules were explained to the petitioner, who understood.</translation>
    </message>
    <message>
        <source>当场解决</source>
        <translation>Resolved on the spot</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>依法分类 · 导入法定途径</source>
        <translation>Legal channel</translation>
    </message>
    <message>
        <source>Ctrl+Enter 确定</source>
        <translation>Ctrl+Enter to confirm</translation>
    </message>
    <message>
        <source>其他途径，如：向市生态环境局申请行政裁决</source>
        <translation>Other channel, e.g. a ruling by the city environment bureau</translation>
    </message>
    <message>
        <source>说明（必填）</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <source>说明（可选）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>法定途径（点选）</source>
        <translation>Legal channel (click one)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>选择一项打印任务即可预览</source>
        <translation>Select a print job to preview it</translation>
    </message>
    <message>
        <source>文档无法显示</source>
        <translation>The document cannot be shown</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>以下字无法打印（已印为〓），请手写补正：{chars}</source>
        <translation>These characters cannot be printed (printed as 〓); add them by hand: {chars}</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机或固话</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>住址（乡镇、村、组）</source>
        <translation>Address (township, village, group)</translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>删除此来访人</source>
        <translation>Remove this petitioner</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>{sex} · {age}岁</source>
        <translation>{sex} · aged {age}</translation>
    </message>
    <message>
        <source> · 老年人优先</source>
        <translation> · elderly priority</translation>
    </message>
</context>
<context>
    <name>PlanApplier</name>
    <message>
        <source>按建议调整接待室…</source>
        <translation>Apply the recommendation…</translation>
    </message>
    <message>
        <source>按建议调整接待室</source>
        <translation>Apply the recommendation</translation>
    </message>
    <message>
        <source>把 {n} 间接待室的反映类别改为建议的安排？</source>
        <translation>Change the topics of {n} rooms to the recommended layout?</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>接待室的名称、领导和在场单位不变；之后可在“接待室”页逐间修改。</source>
        <translation>The rooms' names, leaders and units stay as they are; each room can still be edited on the Rooms tab.</translation>
    </message>
</context>
<context>
    <name>PlanDayModel</name>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>预登记</source>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <source>接谈（时）</source>
        <translation>Receptions (h)</translation>
    </message>
    <message>
        <source>现有接待室</source>
        <translation>Rooms now</translation>
    </message>
    <message>
        <source>建议接待室</source>
        <translation>Recommended rooms</translation>
    </message>
    <message>
        <source>现有等候 平均/P95</source>
        <translation>Wait now mean/p95</translation>
    </message>
    <message>
        <source>建议等候 平均/P95</source>
        <translation>Wait recommended mean/p95</translation>
    </message>
    <message>
        <source>{n} 间</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>共用 {n} 间</source>
        <translation>{n} shared</translation>
    </message>
</context>
<context>
    <name>PlanDayPage</name>
    <message>
        <source>次日 {time}</source>
        <translation>next day {time}</translation>
    </message>
    <message>
        <source>根据本次接访日的预登记情况和预计的现场登记人数，模拟全天的接待过程，建议每个反映类别需要几间接待室，并比较现有安排与建议安排的预计等候时间。</source>
        <translation>Simulates the whole day from this event's pre-registrations and the expected walk-ins, recommends how many rooms each topic needs, and compares the expected waits of the current and the recommended layout.</translation>
    </message>
    <message>
        <source> 批</source>
        <translation> batches</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>开始规划</source>
        <translation>Plan the day</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>预登记</source>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <source>预计现场登记</source>
        <translation>Expected walk-ins</translation>
    </message>
    <message>
        <source>模拟天数</source>
        <translation>Simulated days</translation>
    </message>
    <message>
        <source>最长计算时间</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>全天候谈批次（各模拟日平均）</source>
        <translation>Batches waiting over the day (mean of the simulated days)</translation>
    </message>
    <message>
        <source>{batches} 批 {persons} 人，{rooms} 间接待室</source>
        <translation>{batches} batches, {persons} persons, {rooms} rooms</translation>
    </message>
    <message>
        <source>还没有预登记或接待室，暂时无法规划。</source>
        <translation>No pre-registrations or no rooms yet: nothing to plan.</translation>
    </message>
    <message>
        <source>规划失败：{reason}</source>
        <translation>Planning failed: {reason}</translation>
    </message>
    <message>
        <source>正在模拟现有安排……</source>
        <translation>Simulating the current layout…</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>已评估 {n} 个方案……</source>
        <translation>{n} layouts evaluated…</translation>
    </message>
    <message>
        <source>已按建议调整 {n} 间接待室的反映类别。</source>
        <translation>Changed the topics of {n} rooms as recommended.</translation>
    </message>
    <message>
        <source>{label}：平均等候 {mean:.0f} 分钟，P95 {p95:.0f} 分钟，最长 {max:.0f} 分钟，接待室利用率 {use:.0f}%，最后一批约 {last} 接谈结束</source>
        <translation>{label}: mean wait {mean:.0f} min, p95 {p95:.0f} min, longest {max:.0f} min, rooms busy {use:.0f}%, last reception ends about {last}</translation>
    </message>
    <message>
        <source>现有安排</source>
        <translation>Current layout</translation>
    </message>
    <message>
        <source>现有安排已是找到的最好方案。</source>
        <translation>The current layout is the best found.</translation>
    </message>
    <message>
        <source>建议安排</source>
        <translation>Recommended layout</translation>
    </message>
    <message>
        <source>规划完成：评估了 {n} 个方案，用时 {s:.0f} 秒。</source>
        <translation>Done: {n} layouts evaluated in {s:.0f} s.</translation>
    </message>
    <message>
        <source>已到最长计算时间：评估了 {n} 个方案，显示目前最好的方案。</source>
        <translation>Time limit reached: {n} layouts evaluated; showing the best so far.</translation>
    </message>
    <message>
        <source>已取消：评估了 {n} 个方案，显示目前最好的方案。</source>
        <translation>Cancelled: {n} layouts evaluated; showing the best so far.</translation>
    </message>
    <message>
        <source>时刻（时）</source>
        <translation>Time of day (h)</translation>
    </message>
    <message>
        <source>候谈批次</source>
        <translation>Batches waiting</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>排队号 {n}</source>
        <translation>Ticket {n}</translation>
    </message>
    <message>
        <source>（补打{n}）</source>
        <translation> (reprint {n})</translation>
    </message>
    <message>
        <source>文书生成失败：{error}</source>
        <translation>Could not create the document: {error}</translation>
    </message>
    <message>
        <source>打印任务 {id}</source>
        <translation>Print job {id}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>预览 — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF...</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>未出单</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>待打印</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>失败·已补打</source>
        <translation>Failed · reprinted</translation>
    </message>
    <message>
        <source>取消·已补打</source>
        <translation>Cancelled · reprinted</translation>
    </message>
    <message>
        <source>受理回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>排队号</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>预约通知</source>
        <translation>Appointment notice</translation>
    </message>
    <message>
        <source>当日汇总</source>
        <translation>Day summary</translation>
    </message>
    <message>
        <source>催办函</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <source>交办单·牵头</source>
        <translation>Slip · lead</translation>
    </message>
    <message>
        <source>交办单·协办</source>
        <translation>Slip · co-unit</translation>
    </message>
    <message>
        <source>交办单·存档</source>
        <translation>Slip · file</translation>
    </message>
    <message>
        <source>交办单</source>
        <translation>Assignment slip</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>打印机 / 原因</source>
        <translation>Printer / reason</translation>
    </message>
    <message>
        <source>检举控告/保密件：送责任单位的交办单不含来访人信息</source>
        <translation>Accusation / confidential: the slip for the unit carries no petitioner details</translation>
    </message>
    <message>
        <source>本件交办单未出单，须补打</source>
        <translation>This assignment slip was not issued and must be reprinted</translation>
    </message>
    <message>
        <source>按 Ctrl+R 补打</source>
        <translation>Press Ctrl+R to reprint</translation>
    </message>
    <message>
        <source>补打{n}</source>
        <translation>Rep. {n}</translation>
    </message>
    <message>
        <source>信访件编号：{n}</source>
        <translation>Case number: {n}</translation>
    </message>
    <message>
        <source>送达：{unit}</source>
        <translation>For: {unit}</translation>
    </message>
    <message>
        <source>接待室：{room}</source>
        <translation>Room: {room}</translation>
    </message>
    <message>
        <source>{time} 由 {who} 送 {printer}</source>
        <translation>{time} sent by {who} to {printer}</translation>
    </message>
    <message>
        <source>原因：{e}</source>
        <translation>Reason: {e}</translation>
    </message>
    <message>
        <source>{t} 号</source>
        <translation>No. {t}</translation>
    </message>
</context>
<context>
    <name>PrintSettings</name>
    <message>
        <source>交办单</source>
        <translation>Assignment slip</translation>
    </message>
    <message>
        <source>受理回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>排队号</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>预约通知</source>
        <translation>Appointment notice</translation>
    </message>
    <message>
        <source>当日汇总</source>
        <translation>Day summary</translation>
    </message>
    <message>
        <source>催办函</source>
        <translation>Reminder letters</translation>
    </message>
    <message>
        <source>交办清单/汇总</source>
        <translation>Handover list / summary</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <source>打印设置（本工作站）</source>
        <translation>Print settings (this workstation)</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>静默打印</source>
        <translation>Silent printing</translation>
    </message>
    <message>
        <source>（未找到打印机）</source>
        <translation>(no printer found)</translation>
    </message>
    <message>
        <source>{name}（当前不可用）</source>
        <translation>{name} (unavailable)</translation>
    </message>
    <message>
        <source>不弹出对话框</source>
        <translation>No dialog</translation>
    </message>
    <message>
        <source>A5 纸</source>
        <translation>A5 paper</translation>
    </message>
    <message>
        <source>80 毫米热敏纸卷</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>受理回执纸张</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>设置只保存在本工作站。静默打印时直接送往所选打印机，适合登记台的排队号打印机。</source>
        <translation>Settings are kept on this workstation only. Silent printing sends straight to the chosen printer — right for the desk's ticket printer.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintStation</name>
    <message>
        <source>打印台</source>
        <translation>Print station</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印到…</source>
        <translation>Print to...</translation>
    </message>
    <message>
        <source>补打 (Ctrl+R)</source>
        <translation>Reprint (Ctrl+R)</translation>
    </message>
    <message>
        <source>交办清单…</source>
        <translation>Handover lists...</translation>
    </message>
    <message>
        <source>当日汇总…</source>
        <translation>Day summary...</translation>
    </message>
    <message>
        <source>打印设置…</source>
        <translation>Print settings...</translation>
    </message>
    <message>
        <source>选择一项打印任务即可预览</source>
        <translation>Select a print job to preview it</translation>
    </message>
    <message>
        <source>打印全部待打印（{n}）</source>
        <translation>Print all pending ({n})</translation>
    </message>
    <message>
        <source>按当前筛选打印全部待打印文书 (Ctrl+Shift+P)</source>
        <translation>Print every pending document matching the filter (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>{title}：以下字无法打印，请手写补正：{chars}</source>
        <translation>{title}: these characters cannot be printed; add them by hand: {chars}</translation>
    </message>
    <message>
        <source>没有打印任何文书</source>
        <translation>Nothing was printed</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <source>全天交办单（存档联）</source>
        <translation>All assignment slips of the day (file copies)</translation>
    </message>
    <message>
        <source>当日工作汇总</source>
        <translation>Day summary</translation>
    </message>
    <message>
        <source>预览中“补打”标记为打印时的情形；打印后才记入出单。</source>
        <translation>The preview shows the "reprint" mark as it will print; a slip counts as issued only once printed.</translation>
    </message>
    <message>
        <source>无法生成预览：{error}</source>
        <translation>Cannot create the preview: {error}</translation>
    </message>
    <message>
        <source>已完成 {n} 份</source>
        <translation>Done: {n}</translation>
    </message>
    <message>
        <source>{n} 份打印失败，已标记“未出单”，可一键补打</source>
        <translation>Failed: {n} — marked "not issued", reprint with one click</translation>
    </message>
    <message>
        <source>{n} 份已取消</source>
        <translation>Cancelled: {n}</translation>
    </message>
    <message>
        <source>{n} 份未开始，仍为待打印</source>
        <translation>Not started, still pending: {n}</translation>
    </message>
    <message>
        <source>{n} 项出错</source>
        <translation>Errors: {n}</translation>
    </message>
    <message>
        <source>交办清单</source>
        <translation>Handover list</translation>
    </message>
    <message>
        <source>未出单 {n} 件</source>
        <translation>{n} not issued</translation>
    </message>
    <message>
        <source>交办 {h} 件 · 已出单 {i} 件 · 待打印 {p} 件 · </source>
        <translation>Handed over {h} · issued {i} · pending {p} · </translation>
    </message>
    <message>
        <source> · 待打印文书 {j} 份</source>
        <translation> · documents pending {j}</translation>
    </message>
</context>
<context>
    <name>PrintTargetDialog</name>
    <message>
        <source>系统默认打印机（{name}）</source>
        <translation>System default printer ({name})</translation>
    </message>
    <message>
        <source>打印 — {kind}</source>
        <translation>Print — {kind}</translation>
    </message>
    <message>
        <source>打印到 PDF 文件…</source>
        <translation>Print to PDF file...</translation>
    </message>
    <message>
        <source>记住为本工作站此类文书的打印机</source>
        <translation>Remember as this workstation's printer for this document type</translation>
    </message>
    <message>
        <source>以后直接打印，不再询问</source>
        <translation>Print directly from now on, without asking</translation>
    </message>
    <message>
        <source>本机没有可用的打印机，只能打印到 PDF 文件。</source>
        <translation>This PC has no usable printer; you can only print to a PDF file.</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印到 PDF 文件</source>
        <translation>Print to PDF file</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>打印机无法开始打印（脱机、缺纸或无权限）</source>
        <translation>The printer cannot start (offline, out of paper or no permission)</translation>
    </message>
    <message>
        <source>打印机报告错误</source>
        <translation>The printer reported an error</translation>
    </message>
    <message>
        <source>PDF 文件：{path}</source>
        <translation>PDF file: {path}</translation>
    </message>
    <message>
        <source>文档无法读取</source>
        <translation>The document cannot be read</translation>
    </message>
    <message>
        <source>找不到打印机“{name}”</source>
        <translation>Printer "{name}" not found</translation>
    </message>
    <message>
        <source>打印机拒绝了新的一页</source>
        <translation>The printer refused a new page</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>信访件编号 / 排队号</source>
        <translation>Case number / ticket</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>待打印</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>未出单</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>全部文书</source>
        <translation>All documents</translation>
    </message>
    <message>
        <source>全部接待室</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>催办函</source>
        <translation>Reminder letters</translation>
    </message>
    <message>
        <source>以下单位有已超期或即将到期的交办事项。选择单位，预览、打印或保存催办函。</source>
        <translation>These units have overdue or due-soon items. Choose a unit to preview, print or save its reminder letter.</translation>
    </message>
    <message>
        <source>目前没有已超期或即将到期的交办事项。</source>
        <translation>No item is overdue or due soon.</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>{n} 件超期</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <source>{n} 件即将到期</source>
        <translation>{n} due soon</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <source>本次接访日已登记 {n} 批</source>
        <translation>batches already registered today: {n}</translation>
    </message>
    <message>
        <source>此前来访 {n} 次</source>
        <translation>earlier visits: {n}</translation>
    </message>
    <message>
        <source>重复访提醒：</source>
        <translation>Repeat visit — </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>……另有 {n} 次来访</source>
        <translation>...and {n} more</translation>
    </message>
    <message>
        <source>今天已登记过：请在上方查找后签到，不要重复登记。</source>
        <translation>Already registered today: find them above and check in — do not register twice.</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>证件号码相同</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>电话相同</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>摘要：</source>
        <translation>Summary: </translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <source>回访时核实来访人身份</source>
        <translation>Verify the visitor's identity for a follow-up call</translation>
    </message>
    <message>
        <source>电话联系来访人</source>
        <translation>Call the visitor</translation>
    </message>
    <message>
        <source>核对重复访记录</source>
        <translation>Check a repeat-visit record</translation>
    </message>
    <message>
        <source>责任单位依法办理需要</source>
        <translation>Needed by the responsible unit to handle the case</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>查看完整号码将记入审计日志（操作人、工作站、时间、理由）。</source>
        <translation>Viewing a full number is recorded in the audit log (user, station, time, reason).</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>选择或输入查看理由（必填）</source>
        <translation>Choose or type the reason (required)</translation>
    </message>
    <message>
        <source>查看理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>来访人：{name}</source>
        <translation>Visitor: {name}</translation>
    </message>
    <message>
        <source>证件号码（{masked}）</source>
        <translation>ID number ({masked})</translation>
    </message>
    <message>
        <source>联系电话（{masked}）</source>
        <translation>Phone ({masked})</translation>
    </message>
</context>
<context>
    <name>RoomChoice</name>
    <message>
        <source>分配接待室</source>
        <translation>Room assignment</translation>
    </message>
    <message>
        <source>选择反映类别后推荐接待室</source>
        <translation>Pick a topic to get a room suggestion</translation>
    </message>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>预计等候</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>候谈</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>改派理由</source>
        <translation>Reason for override</translation>
    </message>
    <message>
        <source>改派到非推荐接待室时必填</source>
        <translation>Required when choosing a room other than the suggested one</translation>
    </message>
    <message>
        <source>推荐：{reason}</source>
        <translation>Suggested: {reason}</translation>
    </message>
    <message>
        <source>推荐</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>对口</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>综合</source>
        <translation>General</translation>
    </message>
    <message>
        <source>{n}人</source>
        <translation>{n}</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>新增接待室</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>编辑接待室</source>
        <translation>Edit room</translation>
    </message>
    <message>
        <source>如：土地征收与拆迁接待室</source>
        <translation>e.g. Land Acquisition and Demolition Room</translation>
    </message>
    <message>
        <source>如：教学楼二楼 201</source>
        <translation>e.g. Teaching building, 2nd floor, 201</translation>
    </message>
    <message>
        <source>开放接待（关闭后登记台不再分配到此室）</source>
        <translation>Open for reception (when closed, the desk sends no one here)</translation>
    </message>
    <message>
        <source>综合接待室（接待其他接待室不对口的来访）</source>
        <translation>General room (receives visits no other room's topics cover)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>在场责任单位</source>
        <translation>Units present</translation>
    </message>
    <message>
        <source>筛选单位…</source>
        <translation>Filter units...</translation>
    </message>
    <message>
        <source>值守领导</source>
        <translation>Leaders on duty</translation>
    </message>
</context>
<context>
    <name>RoomFlows</name>
    <message>
        <source>已叫 {ticket} 号（{name}），叫号屏已显示。</source>
        <translation>Called no. {ticket} ({name}); shown on the hall display.</translation>
    </message>
    <message>
        <source>{ticket} 号开始接谈。</source>
        <translation>No. {ticket}: reception started.</translation>
    </message>
    <message>
        <source>{ticket} 号已暂缓，保留原位次。</source>
        <translation>No. {ticket} is on hold and keeps its place.</translation>
    </message>
    <message>
        <source>{ticket} 号已恢复排队。</source>
        <translation>No. {ticket} is back in the queue.</translation>
    </message>
    <message>
        <source>{ticket} 号已记为过号。</source>
        <translation>No. {ticket} recorded as a no-show.</translation>
    </message>
    <message>
        <source>{ticket} 号已重新排队（排在队尾）。</source>
        <translation>No. {ticket} re-queued (at the end).</translation>
    </message>
    <message>
        <source>没有候谈的来访人。</source>
        <translation>No one is waiting.</translation>
    </message>
    <message>
        <source>已叫 {ticket} 号（{name}，{n} 人），叫号屏已显示。</source>
        <translation>Called no. {ticket} ({name}, {n} pers.); shown on the hall display.</translation>
    </message>
    <message>
        <source>{ticket} 号 · {name} · {n} 人</source>
        <translation>No. {ticket} · {name} · {n} pers.</translation>
    </message>
    <message>
        <source>{ticket} 号已转往 {number} 号接待室。</source>
        <translation>No. {ticket} transferred to room {number}.</translation>
    </message>
    <message>
        <source>{number} · {summary}</source>
        <translation>{number} · {summary}</translation>
    </message>
    <message>
        <source>已记录：{outcome}。</source>
        <translation>Recorded: {outcome}.</translation>
    </message>
    <message>
        <source>已交办，交办单已送打印台（{n} 份）。</source>
        <translation>Handed over; assignment slips sent to the print station: {n}.</translation>
    </message>
    <message>
        <source>本批接谈完毕，可叫下一位（F5）。</source>
        <translation> Batch done — call the next one (F5).</translation>
    </message>
    <message>
        <source>已添加信访事项，请为其选择处理结果。</source>
        <translation>Case added — choose its outcome.</translation>
    </message>
</context>
<context>
    <name>RoomHeading</name>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>{number} 号接待室 · {name}</source>
        <translation>Room {number} · {name}</translation>
    </message>
    <message>
        <source>接访领导：{names}</source>
        <translation>Leaders: {names}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>在场单位：{names}</source>
        <translation>Units present: {names}</translation>
    </message>
    <message>
        <source>本室已关闭</source>
        <translation>This room is closed</translation>
    </message>
    <message>
        <source>　</source>
        <translation>    </translation>
    </message>
</context>
<context>
    <name>RoomLiveModel</name>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>候谈</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>接谈中</source>
        <translation>In room</translation>
    </message>
    <message>
        <source>已接谈</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>暂缓/过号</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>当场解决</source>
        <translation>On spot</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Handed</translation>
    </message>
    <message>
        <source>法定途径</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>接待室的编号和名称</source>
        <translation>The room's number and name</translation>
    </message>
    <message>
        <source>在本室排队或已叫号的批次</source>
        <translation>Batches queued in or called to this room</translation>
    </message>
    <message>
        <source>正在接谈的批次</source>
        <translation>Batches in reception now</translation>
    </message>
    <message>
        <source>所有事项已作出处理意见的批次</source>
        <translation>Batches whose every case has an outcome</translation>
    </message>
    <message>
        <source>暂缓或过号的批次（仍属已签到）</source>
        <translation>Batches on hold or no-show (still checked in)</translation>
    </message>
    <message>
        <source>本室已签到批次的人数合计（人次）</source>
        <translation>Head-counts of this room's checked-in batches (persons)</translation>
    </message>
    <message>
        <source>本室作出处理意见的事项：当场解决</source>
        <translation>Cases decided in this room: resolved on the spot</translation>
    </message>
    <message>
        <source>本室作出处理意见的事项：交办责任单位</source>
        <translation>Cases decided in this room: handed to a responsible unit</translation>
    </message>
    <message>
        <source>本室作出处理意见的事项：导入法定途径</source>
        <translation>Cases decided in this room: legal channel</translation>
    </message>
    <message>
        <source>本室作出处理意见的事项：解释说明</source>
        <translation>Cases decided in this room: explained</translation>
    </message>
    <message>
        <source>{number}号 {name}</source>
        <translation>No. {number} {name}</translation>
    </message>
</context>
<context>
    <name>RoomQueueModel</name>
    <message>
        <source>老</source>
        <translation>Eld</translation>
    </message>
    <message>
        <source>残</source>
        <translation>Dis</translation>
    </message>
    <message>
        <source>约</source>
        <translation>Appt</translation>
    </message>
    <message>
        <source>即将</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>集体</source>
        <translation>Coll</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>{m} 分</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} 时 {m:02d} 分</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>号码</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>已等</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>预计还需</source>
        <translation>To wait</translation>
    </message>
    <message>
        <source>{ticket} 号 · {name} · {n} 人</source>
        <translation>No. {ticket} · {name} · {n} pers.</translation>
    </message>
    <message>
        <source>反映类别：{topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <source>签到：{time}</source>
        <translation>Checked in: {time}</translation>
    </message>
</context>
<context>
    <name>RoomQueuePanel</name>
    <message>
        <source>叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>开始接谈</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>转其他接待室…</source>
        <translation>Transfer to another room...</translation>
    </message>
    <message>
        <source>叫此号</source>
        <translation>Call this one</translation>
    </message>
    <message>
        <source>恢复排队</source>
        <translation>Back to queue</translation>
    </message>
    <message>
        <source>重新排队</source>
        <translation>Re-queue</translation>
    </message>
    <message>
        <source>转室…</source>
        <translation>Transfer...</translation>
    </message>
    <message>
        <source>对选中的来访人：{what}</source>
        <translation>For the selected batch: {what}</translation>
    </message>
    <message>
        <source>候谈 {n} 批 {p} 人</source>
        <translation>Waiting {n} ({p} pers.)</translation>
    </message>
    <message>
        <source>暂缓 {n}</source>
        <translation>On hold {n}</translation>
    </message>
    <message>
        <source>过号 {n}</source>
        <translation>No-show {n}</translation>
    </message>
    <message>
        <source>&lt;span style='color:#5f6b7a; font-size:16px;'&gt;当前无人接谈&lt;/span&gt;</source>
        <translation>&lt;span style='color:#5f6b7a; font-size:16px;'&gt;No one in reception&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style='font-size:30px; font-weight:bold; color:#1f3550;'&gt;{ticket}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='font-size:18px;'&gt;{name} · {n} 人&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='font-size:15px; color:{colour};'&gt;{status}&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:30px; font-weight:bold; color:#1f3550;'&gt;{ticket}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='font-size:18px;'&gt;{name} · {n} pers.&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='font-size:15px; color:{colour};'&gt;{status}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>RoomStation</name>
    <message>
        <source>选择要查看的接待室</source>
        <translation>Choose the room to show</translation>
    </message>
    <message>
        <source>本活动没有 {n} 号接待室。</source>
        <translation>This event has no room {n}.</translation>
    </message>
    <message>
        <source>{number} 号 · {name}</source>
        <translation>Room {number} · {name}</translation>
    </message>
    <message>
        <source>未选择接待室</source>
        <translation>No room chosen</translation>
    </message>
    <message>
        <source>候谈 {n} 批，按 F5 叫号</source>
        <translation>Waiting: {n} — press F5 to call</translation>
    </message>
    <message>
        <source>暂无候谈的来访人</source>
        <translation>No one waiting</translation>
    </message>
    <message>
        <source>当前没有接谈的来访人</source>
        <translation>No one in reception</translation>
    </message>
    <message>
        <source>本室正在接谈 {ticket} 号，请先完成、暂缓或过号。</source>
        <translation>This room is receiving no. {ticket}: finish it, put it on hold or mark a no-show first.</translation>
    </message>
    <message>
        <source>操作未执行：该记录现为“{state}”（可能已在其他工作站处理），已刷新。</source>
        <translation>Not done: the batch is now "{state}" (probably handled at another station); reloaded.</translation>
    </message>
</context>
<context>
    <name>RoomTableModel</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>综合</source>
        <translation>General</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>值守领导</source>
        <translation>Leaders on duty</translation>
    </message>
    <message>
        <source>在场责任单位</source>
        <translation>Units present</translation>
    </message>
    <message>
        <source>开放</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>暂停接待</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RoomWaitsModel</name>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>在谈</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>候谈</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>预计等候</source>
        <translation>Expected wait</translation>
    </message>
    <message>
        <source>{name}：候谈 {batches} 批 {persons} 人</source>
        <translation>{name}: waiting {batches} ({persons} pers.)</translation>
    </message>
    <message>
        <source>{number}号 {name}</source>
        <translation>{number} · {name}</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>{persons}人</source>
        <translation>{persons}</translation>
    </message>
</context>
<context>
    <name>RoomWaitsPanel</name>
    <message>
        <source>各接待室候谈</source>
        <translation>Waiting per room</translation>
    </message>
</context>
<context>
    <name>RoomWords</name>
    <message>
        <source>申诉求决</source>
        <translation>Complaint / request</translation>
    </message>
    <message>
        <source>检举控告</source>
        <translation>Accusation</translation>
    </message>
    <message>
        <source>建议意见</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>绿</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>黄</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>红</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>添加建议牵头单位</source>
        <translation>Add suggested lead unit</translation>
    </message>
    <message>
        <source>第 1 顺位最先建议</source>
        <translation>Rank 1 is suggested first</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>顺位</source>
        <translation>Rank</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>顺位</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>建议牵头单位</source>
        <translation>Suggested lead units</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>单位已停用，交办时不再提供</source>
        <translation>Unit deactivated; no longer offered for hand-overs</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>添加建议</source>
        <translation>Add suggestion</translation>
    </message>
    <message>
        <source>为所选类别添加建议牵头单位（Ctrl+N）</source>
        <translation>Add a suggested lead unit for the selected topic (Ctrl+N)</translation>
    </message>
    <message>
        <source>删除建议</source>
        <translation>Remove suggestion</translation>
    </message>
    <message>
        <source>删除所选建议（Delete）</source>
        <translation>Remove the selected suggestion (Delete)</translation>
    </message>
    <message>
        <source>筛选类别或单位…</source>
        <translation>Filter topics or units...</translation>
    </message>
    <message>
        <source>接待室交办时，按顺位建议这些单位牵头办理（第 1 顺位在前；在本接待室的单位优先）。</source>
        <translation>When a room hands a case over, these units are suggested as lead in rank order (rank 1 first; units present in the room come first).</translation>
    </message>
    <message>
        <source>删除建议牵头单位</source>
        <translation>Remove suggested lead unit</translation>
    </message>
    <message>
        <source>不再建议“{unit}”牵头办理“{topic}”类来访？</source>
        <translation>Stop suggesting "{unit}" as lead unit for "{topic}" visits?</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>只删除这条建议，单位和类别都保留；需要时可再添加。</source>
        <translation>Only this suggestion is removed; the unit and the topic stay. You can add it again at any time.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>排队号</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>按{kind}找到</source>
        <translation>Matched by {kind}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>绿色</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>按工作日计算（跳过周末和节假日）</source>
        <translation>Working days (weekends and holidays skipped)</translation>
    </message>
    <message>
        <source>按自然日计算</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <source>三色反馈期限</source>
        <translation>Urgency feedback deadlines</translation>
    </message>
    <message>
        <source>反馈期限前多少天起标为“即将到期”</source>
        <translation>Days before the feedback deadline to mark an item "due soon"</translation>
    </message>
    <message>
        <source>印在回执单和交办单上，如 0571-84123456</source>
        <translation>Printed on receipts and assignment slips, e.g. 0571-84123456</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>到期前提醒</source>
        <translation>Due-soon warning</translation>
    </message>
    <message>
        <source>督办电话</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>在国家法定节假日之外另行放假的日子，不计工作日。</source>
        <translation>Days off besides the national public holidays; not counted as working days.</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <source>周末调休上班的日子，计为工作日。</source>
        <translation>Weekend days worked in exchange for a holiday; counted as working days.</translation>
    </message>
    <message>
        <source>节假日与调休</source>
        <translation>Holidays and make-up days</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupStation</name>
    <message>
        <source>新建接访日…</source>
        <translation>New reception day...</translation>
    </message>
    <message>
        <source>正在设置</source>
        <translation>Setting up</translation>
    </message>
    <message>
        <source>导出信访件…</source>
        <translation>Export cases…</translation>
    </message>
    <message>
        <source>导入预登记名单…</source>
        <translation>Import pre-registration list…</translation>
    </message>
    <message>
        <source>下载导入模板…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>新增接待室</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>暂停接待</source>
        <translation>Pause reception</translation>
    </message>
    <message>
        <source>筛选接待室、类别、领导、单位…</source>
        <translation>Filter rooms, topics, leaders, units...</translation>
    </message>
    <message>
        <source>接访日与督办规则</source>
        <translation>Reception day and supervision rules</translation>
    </message>
    <message>
        <source>接待室</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>建议牵头单位</source>
        <translation>Suggested lead units</translation>
    </message>
    <message>
        <source>领导</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>文书用语</source>
        <translation>Document wording</translation>
    </message>
    <message>
        <source>规划接待室</source>
        <translation>Plan the day</translation>
    </message>
    <message>
        <source>新增（Ctrl+N）</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>编辑所选（Enter 或双击）</source>
        <translation>Edit selected (Enter or double-click)</translation>
    </message>
    <message>
        <source>读取失败：{reason}</source>
        <translation>Loading failed: {reason}</translation>
    </message>
    <message>
        <source>（本工作站）</source>
        <translation> (this workstation)</translation>
    </message>
    <message>
        <source>恢复接待</source>
        <translation>Resume reception</translation>
    </message>
</context>
<context>
    <name>StatisticsStation</name>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>选择要统计的接访日</source>
        <translation>Choose the reception day to show</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>当日汇总（PDF）</source>
        <translation>Day summary (PDF)</translation>
    </message>
    <message>
        <source>预览当日工作汇总，可打印或另存为 PDF</source>
        <translation>Preview the day's summary; print it or save it as PDF</translation>
    </message>
    <message>
        <source>当日汇总（Excel）</source>
        <translation>Day summary (Excel)</translation>
    </message>
    <message>
        <source>将当日工作汇总保存为 Excel 工作簿</source>
        <translation>Save the day's summary as an Excel workbook</translation>
    </message>
    <message>
        <source>导出信访件…</source>
        <translation>Export cases…</translation>
    </message>
    <message>
        <source>将本接访日的信访件及交办、督办、回访情况导出为 Excel 或 CSV</source>
        <translation>Export this day's cases with their hand-overs, supervision and follow-up to Excel or CSV</translation>
    </message>
    <message>
        <source>当日实况</source>
        <translation>The day live</translation>
    </message>
    <message>
        <source>交办与回访</source>
        <translation>Hand-overs and follow-up</translation>
    </message>
    <message>
        <source>数据截至 {time}</source>
        <translation>Figures as of {time}</translation>
    </message>
    <message>
        <source>重复访</source>
        <translation>Repeat visits</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>按责任单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>按反映类别</source>
        <translation>By topic</translation>
    </message>
    <message>
        <source>交办件最多的责任单位</source>
        <translation>Units with the most hand-overs</translation>
    </message>
    <message>
        <source>回访满意度（接访工作）</source>
        <translation>Follow-up ratings (reception work)</translation>
    </message>
    <message>
        <source>尚无回访评价</source>
        <translation>No ratings yet</translation>
    </message>
    <message>
        <source>交办件</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>本接访日交办责任单位的件数及办理情况</source>
        <translation>Cases handed to responsible units on this day, and how they stand</translation>
    </message>
    <message>
        <source>{n} 件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>已办结 {closed} 件，在办 {open} 件，其中超期未结 {overdue} 件</source>
        <translation>{closed} closed, {open} open, of which {overdue} overdue</translation>
    </message>
    <message>
        <source>{n} 人曾来访（共 {total} 人）；标记为重复访 {batches} 批</source>
        <translation>{n} of {total} people came before; {batches} batches flagged as repeats</translation>
    </message>
    <message>
        <source>各接待室批次</source>
        <translation>Batches per room</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>尚无已处理的事项</source>
        <translation>No case decided yet</translation>
    </message>
    <message>
        <source>接待室编号</source>
        <translation>Room number</translation>
    </message>
    <message>
        <source>{n} 批</source>
        <translation>{n} batches</translation>
    </message>
    <message>
        <source>{n} 人次</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <source>已签到（接访）</source>
        <translation>Checked in (received)</translation>
    </message>
    <message>
        <source>已到场签到的批次及人数（不含预登记未到和已取消）</source>
        <translation>Batches and persons checked in (not counting pre-registered ones still to come, nor cancelled ones)</translation>
    </message>
    <message>
        <source>候谈</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>在接待室排队或已叫号的批次</source>
        <translation>Batches in a room queue or called</translation>
    </message>
    <message>
        <source>接谈中</source>
        <translation>In reception</translation>
    </message>
    <message>
        <source>正在接待室接谈的批次</source>
        <translation>Batches in front of a leader now</translation>
    </message>
    <message>
        <source>已接谈</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>所有事项已作出处理意见的批次</source>
        <translation>Batches whose every case has an outcome</translation>
    </message>
    <message>
        <source>暂缓/过号</source>
        <translation>On hold / no-show</translation>
    </message>
    <message>
        <source>暂缓或过号的批次（仍属已签到）</source>
        <translation>Batches on hold or not answering the call (still checked in)</translation>
    </message>
    <message>
        <source>预登记未到</source>
        <translation>Pre-registered, not arrived</translation>
    </message>
    <message>
        <source>已预登记、尚未到场签到的批次</source>
        <translation>Pre-registered batches that have not checked in</translation>
    </message>
    <message>
        <source>已处理事项</source>
        <translation>Cases decided</translation>
    </message>
    <message>
        <source>已签到批次的信访事项中已作出处理意见的件数；待处理为其余件数</source>
        <translation>Cases of checked-in batches that have an outcome; undecided are the rest</translation>
    </message>
    <message>
        <source>共 {total} 件，待处理 {open} 件</source>
        <translation>{total} cases, {open} undecided</translation>
    </message>
    <message>
        <source>当日工作汇总</source>
        <translation>Day summary</translation>
    </message>
    <message>
        <source>当日汇总已打印</source>
        <translation>Day summary printed</translation>
    </message>
    <message>
        <source>保存当日汇总（Excel）</source>
        <translation>Save the day summary (Excel)</translation>
    </message>
    <message>
        <source>当日汇总未打印：{details}</source>
        <translation>Day summary not printed: {details}</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>按期办结</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>超期办结</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>超期未结</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>当场解决率</source>
        <translation>Resolved-on-the-spot rate</translation>
    </message>
    <message>
        <source>按期办结率</source>
        <translation>On-time closing rate</translation>
    </message>
    <message>
        <source>按期办结率（应办结）</source>
        <translation>On-time closing rate (of due)</translation>
    </message>
    <message>
        <source>满意率（接访工作）</source>
        <translation>Satisfaction (reception work)</translation>
    </message>
    <message>
        <source>满意率（责任单位）</source>
        <translation>Satisfaction (responsible unit)</translation>
    </message>
    <message>
        <source>参评率</source>
        <translation>Participation rate</translation>
    </message>
    <message>
        <source>当场解决的事项 ÷ 已作出处理意见的事项（已签到批次）</source>
        <translation>Cases resolved on the spot ÷ cases with an outcome (checked-in batches)</translation>
    </message>
    <message>
        <source>在办理期限（含批准延期）内办结的交办件 ÷ 已办结的交办件</source>
        <translation>Hand-overs closed by their handling deadline (as extended) ÷ hand-overs closed</translation>
    </message>
    <message>
        <source>在办理期限（含批准延期）内办结的交办件 ÷ 应办结的交办件（已办结 + 已过期限未办结）</source>
        <translation>Hand-overs closed by their handling deadline (as extended) ÷ hand-overs due (closed + open past the deadline)</translation>
    </message>
    <message>
        <source>回访评价为“满意”或“基本满意”的交办件 ÷ 已回访评价的交办件；以最近一次接通的回访为准（对接访工作的评价）</source>
        <translation>Hand-overs rated satisfied or basically satisfied ÷ hand-overs rated; the latest call that reached the visitor counts (rating of the reception work)</translation>
    </message>
    <message>
        <source>回访评价为“满意”或“基本满意”的交办件 ÷ 已回访评价的交办件；以最近一次接通的回访为准（对责任单位的评价）</source>
        <translation>Hand-overs rated satisfied or basically satisfied ÷ hand-overs rated; the latest call that reached the visitor counts (rating of the responsible unit)</translation>
    </message>
    <message>
        <source>已办结且回访评价的交办件 ÷ 已办结的交办件（办结后应回访）</source>
        <translation>Closed hand-overs with a rating ÷ closed hand-overs (each is due a follow-up call)</translation>
    </message>
    <message>
        <source>本次已签到批次中的来访人，此前（任一接访日，登记在先）已有签到来访记录的人数 ÷ 来访人数</source>
        <translation>People of this day's checked-in batches who checked in before (any reception day, registered earlier) ÷ people</translation>
    </message>
    <message>
        <source>当场解决</source>
        <translation>Resolved on the spot</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>导入法定途径</source>
        <translation>Legal channel</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>正常</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>反馈（三色）</source>
        <translation>Feedback (colour)</translation>
    </message>
    <message>
        <source>受理告知（15日）</source>
        <translation>Acceptance (15 d)</translation>
    </message>
    <message>
        <source>办理（60日）</source>
        <translation>Handling (60 d)</translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>反馈期限（三色）</source>
        <translation>Feedback deadline (colour)</translation>
    </message>
    <message>
        <source>受理告知期限（15日）</source>
        <translation>Acceptance notice (15 days)</translation>
    </message>
    <message>
        <source>办理期限（60日）</source>
        <translation>Handling deadline (60 days)</translation>
    </message>
    <message>
        <source>超期 {n} 天</source>
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <source>待反馈</source>
        <translation>Awaiting feedback</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>绿色</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
</context>
<context>
    <name>SupervisionBoardModel</name>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>事项摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>（保密）</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>检举控告/保密件</source>
        <translation>Accusation / confidential</translation>
    </message>
    <message>
        <source>未联系上×{n}</source>
        <translation>Not reached ×{n}</translation>
    </message>
    <message>
        <source>已延期 {n} 天</source>
        <translation>Extended by {n} days</translation>
    </message>
    <message>
        <source>（重办{n}）</source>
        <translation> (reopened {n})</translation>
    </message>
</context>
<context>
    <name>SupervisionDetail</name>
    <message>
        <source>件</source>
        <translation> item</translation>
    </message>
    <message>
        <source>交办于 {t}</source>
        <translation>handed over {t}</translation>
    </message>
    <message>
        <source>协办单位</source>
        <translation>Co-units</translation>
    </message>
    <message>
        <source>检举控告/保密件：来访人信息不得告知被反映单位。</source>
        <translation>Accusation / confidential: the petitioner's identity must never reach the accused unit.</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>问题摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader's instruction</translation>
    </message>
    <message>
        <source>{names}（共 {n} 人）</source>
        <translation>{names} ({n} persons)</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>反馈记录（{n}）</source>
        <translation>Feedback ({n})</translation>
    </message>
    <message>
        <source>【办结】</source>
        <translation>[Closing] </translation>
    </message>
    <message>
        <source>延期记录（{n}）</source>
        <translation>Extensions ({n})</translation>
    </message>
    <message>
        <source>延期 {days} 天：{old} → {new}；理由：{reason}；批准人：{who}</source>
        <translation>Extended by {days} days: {old} → {new}; reason: {reason}; approved by: {who}</translation>
    </message>
    <message>
        <source>还可延期 {n} 天（法定最多 30 天）</source>
        <translation>{n} extension days left (statutory maximum 30 days)</translation>
    </message>
    <message>
        <source>回访记录（{n}）</source>
        <translation>Follow-up calls ({n})</translation>
    </message>
    <message>
        <source>已联系上；对组织方：{o}；对责任单位：{u}</source>
        <translation>Reached; organiser: {o}; unit: {u}</translation>
    </message>
    <message>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>办理期限已延期 {n} 天</source>
        <translation>Handling deadline extended by {n} days</translation>
    </message>
    <message>
        <source>显示完整号码…</source>
        <translation>Show full number…</translation>
    </message>
    <message>
        <source>{name}：显示完整号码…</source>
        <translation>{name}: show full number…</translation>
    </message>
</context>
<context>
    <name>SupervisionFilterBar</name>
    <message>
        <source>信访件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部颜色</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>绿色</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>待反馈</source>
        <translation>Awaiting feedback</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>全部接待室</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>全部期限</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>需催办（超期+即将到期）</source>
        <translation>To chase (overdue + due soon)</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>全部接待日</source>
        <translation>All reception days</translation>
    </message>
</context>
<context>
    <name>SupervisionStation</name>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>录入反馈</source>
        <translation>Enter feedback</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>重新交办</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>催办清单</source>
        <translation>To chase</translation>
    </message>
    <message>
        <source>催办函…</source>
        <translation>Reminder letters…</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>交办 {n} 件 · 已办结 {closed} · 超期 {overdue} · 即将到期 {soon}</source>
        <translation>{n} handed over · {closed} closed · {overdue} overdue · {soon} due soon</translation>
    </message>
    <message>
        <source>催办清单（{n}）</source>
        <translation>To chase ({n})</translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>已记录反馈。</source>
        <translation>Feedback recorded.</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>已办结。</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <source>重新交办理由</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>已重新交办。</source>
        <translation>Reopened.</translation>
    </message>
    <message>
        <source>已记录回访。</source>
        <translation>Follow-up call recorded.</translation>
    </message>
    <message>
        <source>已记录：未联系上（可再次回访）。</source>
        <translation>Recorded: not reached (call again later).</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>催办函已打印，已记入打印记录。</source>
        <translation>Reminder letter printed and recorded.</translation>
    </message>
    <message>
        <source>该交办事项已在其他工作站修改，已重新载入，请核对后再操作。</source>
        <translation>This item was changed at another station and has been reloaded; please check it and try again.</translation>
    </message>
    <message>
        <source>正在打印催办函：{unit}</source>
        <translation>Printing the reminder letter: {unit}</translation>
    </message>
    <message>
        <source>已延期 {n} 天。</source>
        <translation>Extended by {n} days.</translation>
    </message>
    <message>
        <source>催办函 {unit}</source>
        <translation>Reminder letter {unit}</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>催办函未能打印：{why}</source>
        <translation>The reminder letter did not print: {why}</translation>
    </message>
    <message>
        <source>催办函_{unit}</source>
        <translation>Reminder_{unit}</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>共 {n} 项</source>
        <translation>Items: {n}</translation>
    </message>
    <message>
        <source>显示 {shown} / {n} 项</source>
        <translation>Showing {shown} of {n}</translation>
    </message>
</context>
<context>
    <name>TextEntryDialog</name>
    <message>
        <source>如：单位联系人姓名、电话</source>
        <translation>e.g. the unit's contact and phone</translation>
    </message>
    <message>
        <source>反馈人</source>
        <translation>Reported by</translation>
    </message>
</context>
<context>
    <name>TicketBanner</name>
    <message>
        <source>排队号</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>登记或签到后显示</source>
        <translation>Shown after registration or check-in</translation>
    </message>
    <message>
        <source>重打排队号 (Ctrl+P)</source>
        <translation>Reprint ticket (Ctrl+P)</translation>
    </message>
    <message>
        <source>请到 {room}</source>
        <translation>Please go to {room}</translation>
    </message>
    <message>
        <source>预计等候 {band}</source>
        <translation>Expected wait {band}</translation>
    </message>
    <message>
        <source>此前已登记，未重复登记</source>
        <translation>Registered before — not registered again</translation>
    </message>
    <message>
        <source>重复访</source>
        <translation>Repeat visit</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>新增反映类别</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>编辑反映类别</source>
        <translation>Edit topic</translation>
    </message>
    <message>
        <source>英文字母和数字，如 housing</source>
        <translation>Latin letters and digits, e.g. housing</translation>
    </message>
    <message>
        <source>如：城乡建设与住房</source>
        <translation>e.g. Urban and rural construction and housing</translation>
    </message>
    <message>
        <source>信访内容分类代码，如 02</source>
        <translation>Petition content class code, e.g. 02</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>登记台按此估算候谈时间</source>
        <translation>The desk estimates waits with this</translation>
    </message>
    <message>
        <source>综合类（不对口的来访归入此类）</source>
        <translation>General (visits no other topic covers go here)</translation>
    </message>
    <message>
        <source>涉法涉诉（提示导入法定途径）</source>
        <translation>Law-related (suggests the legal channel)</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>国家分类代码</source>
        <translation>National class code</translation>
    </message>
    <message>
        <source>平均接待时长</source>
        <translation>Average reception time</translation>
    </message>
</context>
<context>
    <name>TopicTableModel</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>国家分类代码</source>
        <translation>National class code</translation>
    </message>
    <message>
        <source>平均接待分钟</source>
        <translation>Avg. minutes</translation>
    </message>
    <message>
        <source>综合</source>
        <translation>General</translation>
    </message>
    <message>
        <source>涉法涉诉</source>
        <translation>Law-related</translation>
    </message>
    <message>
        <source>建议牵头单位（按顺位）</source>
        <translation>Suggested lead units (by rank)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>反映问题不属于本接待室类别</source>
        <translation>The matter is not one of this room's topics</translation>
    </message>
    <message>
        <source>需相关责任单位所在接待室答复</source>
        <translation>Needs an answer from a room where the responsible unit sits</translation>
    </message>
    <message>
        <source>涉法涉诉问题，转涉法涉诉接待室</source>
        <translation>Law-related matter: send to the law-related room</translation>
    </message>
    <message>
        <source>来访人要求由其他领导接待</source>
        <translation>The petitioner asks for another leader</translation>
    </message>
    <message>
        <source>转其他接待室</source>
        <translation>Transfer to another room</translation>
    </message>
    <message>
        <source>（已关闭）</source>
        <translation>(closed)</translation>
    </message>
    <message>
        <source>转往（对口接待室在前，括号内为当前候谈情况）</source>
        <translation>Transfer to (rooms for the topic first; current waits in brackets)</translation>
    </message>
    <message>
        <source>转出理由（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>选择或输入理由</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <source>{number} 号 · {name}</source>
        <translation>Room {number} · {name}</translation>
    </message>
    <message>
        <source>（候谈 {n} 批，约 {m} 分钟）</source>
        <translation>(waiting {n}, about {m} min)</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>新增责任单位</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>编辑责任单位</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>全称，如：县住房和城乡建设局</source>
        <translation>Full name, e.g. County Housing and Urban-Rural Development Bureau</translation>
    </message>
    <message>
        <source>简称，如：住建局（留空则取全称）</source>
        <translation>Short name, e.g. Housing Bureau (empty: the full name)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>县直部门</source>
        <translation>County department</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <source>其他单位</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>本场在场接待室</source>
        <translation>Present in rooms</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>{n} 号</source>
        <translation>Room {n}</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <source> 人</source>
        <translation> pers.</translation>
    </message>
    <message>
        <source>集体访</source>
        <translation>Collective visit</translation>
    </message>
    <message>
        <source>类别名称或拼音首字母（如 ld），或按 ↓ 选择</source>
        <translation>Topic name or pinyin initials (e.g. ld), or ↓ to choose</translation>
    </message>
    <message>
        <source>反映的主要问题（Shift+Enter 换行）</source>
        <translation>The main problem raised (Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>来访人的具体诉求</source>
        <translation>What the petitioner asks for</translation>
    </message>
    <message>
        <source>领导</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>问题摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>来访人指定</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>不指定</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>添加来访人 (F6)</source>
        <translation>Add petitioner (F6)</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Petitioner</translation>
    </message>
</context>
<context>
    <name>WordingPage</name>
    <message>
        <source>筛选用语…</source>
        <translation>Filter wording...</translation>
    </message>
    <message>
        <source>请在左侧选择一项用语</source>
        <translation>Choose a wording item on the left</translation>
    </message>
    <message>
        <source>保存用语</source>
        <translation>Save wording</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>默认文字：</source>
        <translation>Default text:</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>WordingTableModel</name>
    <message>
        <source>交办单标题</source>
        <translation>Assignment slip title</translation>
    </message>
    <message>
        <source>交办单办理要求</source>
        <translation>Assignment slip handling requirements</translation>
    </message>
    <message>
        <source>交办单页脚</source>
        <translation>Assignment slip footer</translation>
    </message>
    <message>
        <source>检举控告保密说明</source>
        <translation>Accusation confidentiality note</translation>
    </message>
    <message>
        <source>回执单标题</source>
        <translation>Receipt title</translation>
    </message>
    <message>
        <source>回执单查询说明</source>
        <translation>Receipt: how to check progress</translation>
    </message>
    <message>
        <source>回执单复查说明</source>
        <translation>Receipt: review rights</translation>
    </message>
    <message>
        <source>回执单页脚</source>
        <translation>Receipt footer</translation>
    </message>
    <message>
        <source>排队号标题</source>
        <translation>Ticket title</translation>
    </message>
    <message>
        <source>排队号提示（也显示在叫号屏）</source>
        <translation>Ticket hint (also on the hall display)</translation>
    </message>
    <message>
        <source>预约通知单标题</source>
        <translation>Appointment notice title</translation>
    </message>
    <message>
        <source>预约通知单须知</source>
        <translation>Appointment notice instructions</translation>
    </message>
    <message>
        <source>预约通知单页脚</source>
        <translation>Appointment notice footer</translation>
    </message>
    <message>
        <source>汇总报告标题</source>
        <translation>Summary report title</translation>
    </message>
    <message>
        <source>汇总报告页脚</source>
        <translation>Summary report footer</translation>
    </message>
    <message>
        <source>交办清单标题</source>
        <translation>Handover list title</translation>
    </message>
    <message>
        <source>督办机构名称</source>
        <translation>Supervision office name</translation>
    </message>
    <message>
        <source>文书用语</source>
        <translation>Document wording</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>预登记</source>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <source>候谈</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>接谈中</source>
        <translation>In reception</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>接谈完毕</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>本次未登记</source>
        <translation>Not registered today</translation>
    </message>
    <message>
        <source>当场解决</source>
        <translation>Resolved on the spot</translation>
    </message>
    <message>
        <source>已交办</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>依法分类处理</source>
        <translation>Legal channel</translation>
    </message>
    <message>
        <source>解释说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>未处理</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>集体访</source>
        <translation>Collective visit</translation>
    </message>
    <message>
        <source>重复访</source>
        <translation>Repeat visit</translation>
    </message>
    <message>
        <source>涉法涉诉</source>
        <translation>Law-related</translation>
    </message>
    <message>
        <source>检举控告·保密</source>
        <translation>Accusation · confidential</translation>
    </message>
    <message>
        <source>曾过号</source>
        <translation>Earlier no-show</translation>
    </message>
    <message>
        <source>老年人优先</source>
        <translation>Elderly priority</translation>
    </message>
    <message>
        <source>残疾人优先</source>
        <translation>Disabled priority</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>〔无法解密〕</source>
        <translation>[cannot decrypt]</translation>
    </message>
</context>
<context>
    <name>ZoomControl</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>缩小字号 (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>放大字号 (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <source>案卡字号</source>
        <translation>Case card text size</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>反映类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>问题摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Petitioner</translation>
    </message>
    <message>
        <source>改派理由</source>
        <translation>Reason for override</translation>
    </message>
    <message>
        <source>接待室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leader's instruction</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>协办单位</source>
        <translation>Co-units</translation>
    </message>
    <message>
        <source>法定途径</source>
        <translation>Legal channel</translation>
    </message>
    <message>
        <source>延期天数</source>
        <translation>Extension days</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>三色反馈期限</source>
        <translation>Urgency feedback deadlines</translation>
    </message>
    <message>
        <source>绿色期限</source>
        <translation>Green deadline</translation>
    </message>
    <message>
        <source>黄色期限</source>
        <translation>Yellow deadline</translation>
    </message>
    <message>
        <source>红色期限</source>
        <translation>Red deadline</translation>
    </message>
    <message>
        <source>到期前提醒天数</source>
        <translation>Due-soon warning days</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <source>平均接待时长</source>
        <translation>Average reception time</translation>
    </message>
    <message>
        <source>国家分类代码</source>
        <translation>National class code</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>信访件编号前缀</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>password</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>role</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>太长（最多 {max} 字）</source>
        <translation>too long (at most {max} characters)</translation>
    </message>
    <message>
        <source>位数不对</source>
        <translation>wrong number of digits</translation>
    </message>
    <message>
        <source>含有不允许的字符</source>
        <translation>contains characters that are not allowed</translation>
    </message>
    <message>
        <source>校验位不对，请核对号码</source>
        <translation>check digit does not match — please check the number</translation>
    </message>
    <message>
        <source>出生日期不存在</source>
        <translation>the date of birth does not exist</translation>
    </message>
    <message>
        <source>出生日期在今天之后</source>
        <translation>the date of birth is in the future</translation>
    </message>
    <message>
        <source>地区代码不存在</source>
        <translation>unknown region code</translation>
    </message>
    <message>
        <source>格式不对</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <source>缺少或错误的区号</source>
        <translation>missing or wrong area code</translation>
    </message>
    <message>
        <source>超出范围（{min}–{max}）</source>
        <translation>out of range ({min}–{max})</translation>
    </message>
    <message>
        <source>少于登记的来访人数（{named} 人）</source>
        <translation>fewer than the petitioners registered ({named})</translation>
    </message>
    <message>
        <source>已存在</source>
        <translation>already exists</translation>
    </message>
    <message>
        <source>其加密密钥已丢失，无法解密（再次登记时重新录入）</source>
        <translation>cannot be decrypted: its key was lost (re-enter it at the next registration)</translation>
    </message>
    <message>
        <source>同一人登记了两次</source>
        <translation>the same person is entered twice</translation>
    </message>
    <message>
        <source>不存在</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>is closed</translation>
    </message>
    <message>
        <source>就是当前接待室</source>
        <translation>is the current room</translation>
    </message>
    <message>
        <source>必须大于 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>超过法定期限，最多还可延期 {max} 天</source>
        <translation>beyond the statutory limit; at most {max} more days</translation>
    </message>
    <message>
        <source>不能与牵头单位相同</source>
        <translation>cannot be the lead unit</translation>
    </message>
    <message>
        <source>不属于本批次</source>
        <translation>does not belong to this batch</translation>
    </message>
    <message>
        <source>未联系上时不能填写满意度</source>
        <translation>no satisfaction when the petitioner could not be reached</translation>
    </message>
    <message>
        <source>应满足 绿色 ≤ 黄色 ≤ 红色</source>
        <translation>must be green ≤ yellow ≤ red</translation>
    </message>
    <message>
        <source>同一天不能既是节假日又是调休上班日</source>
        <translation>a day cannot be both a holiday and a make-up working day</translation>
    </message>
    <message>
        <source>太短（至少 {min} 个字符）</source>
        <translation>too short (at least {min} characters)</translation>
    </message>
    <message>
        <source>这是最后一个可用的管理员账号，不能停用</source>
        <translation>is the last active administrator and cannot be disabled</translation>
    </message>
    <message>
        <source>叫号屏不需要账号</source>
        <translation>the hall display needs no account</translation>
    </message>
    <message>
        <source>该记录已在其他工作站修改，请刷新后重试。</source>
        <translation>Changed at another station — reload and try again.</translation>
    </message>
    <message>
        <source>找不到该记录（可能已被删除）。</source>
        <translation>Record not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>没有开放的接待室。</source>
        <translation>No room is open.</translation>
    </message>
    <message>
        <source>本工作站没有此数据库的身份信息密钥（或不是最新的密钥）。请在第一台工作站执行 reception-day key export 文件，再在本机执行 reception-day key import 文件。</source>
        <translation>This workstation does not hold this database's personal-data key (or not its newest version). Run reception-day key export FILE on the first workstation, then reception-day key import FILE here.</translation>
    </message>
    <message>
        <source>这项身份信息的加密密钥已丢失，无法解密；请在登记台重新录入。</source>
        <translation>The key of this personal data was lost: it cannot be decrypted. Re-enter it at the desk.</translation>
    </message>
    <message>
        <source>一项加密的身份信息未通过校验（数据被改动，或本机密钥与数据库不符），未显示任何内容。</source>
        <translation>An encrypted personal field failed its check (the data was altered, or this workstation's key is not the database's); nothing was shown.</translation>
    </message>
    <message>
        <source>与数据库的连接中断，已重新连接。请再点一次：同一登记不会重复。</source>
        <translation>The connection to the database was lost and has been restored. Please click once more: the registration will not be made twice.</translation>
    </message>
    <message>
        <source>操作失败：{error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>第 {n} 位来访人</source>
        <translation>Petitioner {n} · </translation>
    </message>
    <message>
        <source>{field}：{reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>当前账号（{role}）无权{action}。</source>
        <translation>This account ({role}) may not {action}.</translation>
    </message>
    <message>
        <source>当前状态（{state}）下不能执行此操作。</source>
        <translation>Not possible in the current state ({state}).</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>请 {ticket} 号到 {room} 号接待室</source>
        <translation>Number {ticket}, please go to room {room}</translation>
    </message>
    <message>
        <source>语音播报不可用：本机未安装语音组件（QtTextToSpeech）</source>
        <translation>Voice calls unavailable: the speech component (QtTextToSpeech) is not installed</translation>
    </message>
    <message>
        <source>语音播报不可用：系统没有可用的语音引擎</source>
        <translation>Voice calls unavailable: the system has no speech engine</translation>
    </message>
    <message>
        <source>语音播报不可用：语音引擎出错</source>
        <translation>Voice calls unavailable: the speech engine failed</translation>
    </message>
    <message>
        <source>语音播报：已开启</source>
        <translation>Voice calls: on</translation>
    </message>
    <message>
        <source>语音播报：已关闭</source>
        <translation>Voice calls: off</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>用户名或密码不对。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>登记员</source>
        <translation>registrar</translation>
    </message>
    <message>
        <source>接访领导</source>
        <translation>receiving leader</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>clerk</translation>
    </message>
    <message>
        <source>督办员</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>叫号屏</source>
        <translation>hall display</translation>
    </message>
    <message>
        <source>查看接访活动</source>
        <translation>view the reception event</translation>
    </message>
    <message>
        <source>查看叫号信息</source>
        <translation>view the hall display data</translation>
    </message>
    <message>
        <source>修改活动设置</source>
        <translation>change the event set-up</translation>
    </message>
    <message>
        <source>登记来访</source>
        <translation>register visits</translation>
    </message>
    <message>
        <source>查询来访人</source>
        <translation>search petitioners</translation>
    </message>
    <message>
        <source>查看接待室队列</source>
        <translation>view a room's queue</translation>
    </message>
    <message>
        <source>叫号和调整队列</source>
        <translation>call numbers and change the queue</translation>
    </message>
    <message>
        <source>查看信访件</source>
        <translation>view cases</translation>
    </message>
    <message>
        <source>录入处理意见</source>
        <translation>record outcomes</translation>
    </message>
    <message>
        <source>打印排队号和通知单</source>
        <translation>print queue tickets and notices</translation>
    </message>
    <message>
        <source>打印交办单和回执</source>
        <translation>print assignment slips and receipts</translation>
    </message>
    <message>
        <source>查看督办台账</source>
        <translation>view the supervision board</translation>
    </message>
    <message>
        <source>督办、反馈和回访</source>
        <translation>supervise, record feedback and follow-ups</translation>
    </message>
    <message>
        <source>查看统计</source>
        <translation>view statistics</translation>
    </message>
    <message>
        <source>导入名单</source>
        <translation>import lists</translation>
    </message>
    <message>
        <source>导出（脱敏）</source>
        <translation>export (masked)</translation>
    </message>
    <message>
        <source>导出完整身份信息</source>
        <translation>export full identities</translation>
    </message>
    <message>
        <source>查看完整证件号码和电话</source>
        <translation>see full ID numbers and phones</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>备份和恢复</source>
        <translation>back up and restore</translation>
    </message>
    <message>
        <source>该账号已停用，请联系管理员。</source>
        <translation>This account is disabled; please ask the administrator.</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账号已暂时锁定。</source>
        <translation>Too many wrong passwords: the account is locked for a while.</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账号已锁定到 {time}。</source>
        <translation>Too many wrong passwords: the account is locked until {time}.</translation>
    </message>
    <message>
        <source>用户名或密码不对。再输错 {n} 次账号将被锁定。</source>
        <translation>Wrong user name or password. {n} more wrong tries lock the account.</translation>
    </message>
</context>
</TS>
