<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AssignmentNoticeBuilder</name>
    <message>
        <source>“%1”还没有评价机构序列码（尚未公布为试点企业），没有赋码通知。</source>
        <translation>&quot;%1&quot; has no organisation serial yet (it has not been published as a pilot enterprise), so there is no serial assignment notice.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>移除附件</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>锁定账户</source>
        <translation>Lock account</translation>
    </message>
    <message>
        <source>解锁账户</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>设置密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>启用账户</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>导出（含个人信息）</source>
        <translation>Export (with personal data)</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>公布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>分配</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>预留</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>设置日期</source>
        <translation>Set date</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>企业材料</source>
        <translation>Enterprise document</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>备案批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>备案目录</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>编号段</source>
        <translation>Serial block</translation>
    </message>
    <message>
        <source>机构序号</source>
        <translation>Organisation serial</translation>
    </message>
    <message>
        <source>职业目录</source>
        <translation>Occupation classification</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>关闭时的自动备份未能完成：%1
程序仍将关闭，数据库本身未受影响。请用“系统 → 备份数据库…”另行备份，或在设置中检查备份文件夹“%2”。</source>
        <translation>The automatic backup on closing could not be completed: %1
The program will still close; the database itself is not affected. Please make a backup with &quot;System → Back Up Database…&quot;, or check the backup folder &quot;%2&quot; in the settings.</translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic Backup Failed</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <source>无法载入职业目录</source>
        <translation>Cannot Load the Occupation List</translation>
    </message>
</context>
<context>
    <name>EnterpriseEditor</name>
    <message>
        <source>企业信息</source>
        <translation>Enterprise Details</translation>
    </message>
    <message>
        <source>一、基本信息</source>
        <translation>1. Basic Information</translation>
    </message>
    <message>
        <source>申请单位</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>与营业执照一致的企业全称</source>
        <translation>Full name as on the business licence</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>天津市……</source>
        <translation>Tianjin …</translation>
    </message>
    <message>
        <source>注册登记机构</source>
        <translation>Registration authority</translation>
    </message>
    <message>
        <source>如 天津市市场监督管理委员会</source>
        <translation>e.g. Tianjin Market Supervision Commission</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>18 位，如 91120000103100784F</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>保留未通过校验的代码</source>
        <translation>Keep a code that fails the check</translation>
    </message>
    <message>
        <source>代码确实无法通过校验（如早期登记的特殊代码）且核对营业执照无误时勾选，并写明理由</source>
        <translation>Tick only when the code really cannot pass the check (e.g. a special code from an early registration) and it matches the business licence; give the reason</translation>
    </message>
    <message>
        <source>保留理由</source>
        <translation>Reason for keeping</translation>
    </message>
    <message>
        <source>勾选保留时必填，如 已核对营业执照原件</source>
        <translation>Required if ticked, e.g. licence checked</translation>
    </message>
    <message>
        <source>企业类型</source>
        <translation>Enterprise type</translation>
    </message>
    <message>
        <source>人社部备案文号</source>
        <translation>Ministry filing ref.</translation>
    </message>
    <message>
        <source>中央企业驻津分支机构填写</source>
        <translation>For Tianjin branches of central SOEs</translation>
    </message>
    <message>
        <source>规章制度文件（另附）</source>
        <translation>Rules and regulations (attached)</translation>
    </message>
    <message>
        <source>另附的规章制度文件名称及份数</source>
        <translation>Titles and number of attached documents</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>座机</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>如 022-83635027</source>
        <translation>e.g. 022-83635027</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>11 位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>二、申请职业</source>
        <translation>2. Occupations Applied For</translation>
    </message>
    <message>
        <source>职业编码可直接输入编码或名称检索职业分类大典（如“6-31”或“电工”），选中后自动填入职业名称。申报等级双击后勾选。只能申报技能类职业（第三至六大类），国家职业资格目录内的准入类职业不在试点范围。</source>
        <translation>In the occupation code, type a code or a name to search the Occupational Classification (e.g. &quot;6-31&quot; or &quot;电工&quot;); the occupation name is filled in when you pick one. Double-click the levels to tick them. Only skill-type occupations (major groups 3–6) may be applied for; access-type occupations in the National Vocational Qualification Catalogue are outside the pilot.</translation>
    </message>
    <message>
        <source>添加职业</source>
        <translation>Add Occupation</translation>
    </message>
    <message>
        <source>删除所选职业</source>
        <translation>Delete Selected Occupation</translation>
    </message>
    <message>
        <source>三、组织与专业优势</source>
        <translation>3. Organisational and Professional Strengths</translation>
    </message>
    <message>
        <source>具备的组织优势、专业优势等（如技能大师工作室、培训基地、评价工作经验）</source>
        <translation>Organisational and professional strengths (e.g. master craftsman studios, training bases, experience in skill evaluation)</translation>
    </message>
    <message>
        <source>四、场地设备</source>
        <translation>4. Premises and Equipment</translation>
    </message>
    <message>
        <source>（一）场地情况</source>
        <translation>(1) Premises</translation>
    </message>
    <message>
        <source>场地面积、实操工位、理论考场等</source>
        <translation>Floor area, practical workstations, theory exam rooms, etc.</translation>
    </message>
    <message>
        <source>（二）设施设备情况</source>
        <translation>(2) Facilities and equipment</translation>
    </message>
    <message>
        <source>添加设备</source>
        <translation>Add Equipment</translation>
    </message>
    <message>
        <source>删除所选设备</source>
        <translation>Delete Selected Equipment</translation>
    </message>
    <message>
        <source>（三）计算机考务管理及视频监控设备配置情况</source>
        <translation>(3) Computers for exam administration and video surveillance</translation>
    </message>
    <message>
        <source>考务计算机、视频监控、身份核验等设备的数量和配置</source>
        <translation>Number and configuration of exam computers, video surveillance, identity verification devices, etc.</translation>
    </message>
    <message>
        <source>五、人员</source>
        <translation>5. Personnel</translation>
    </message>
    <message>
        <source>（一）专职工作人员</source>
        <translation>(1) Full-time staff</translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>删除所选人员</source>
        <translation>Delete Selected Person</translation>
    </message>
    <message>
        <source>（二）专家</source>
        <translation>(2) Experts</translation>
    </message>
    <message>
        <source>（三）考评人员</source>
        <translation>(3) Assessors</translation>
    </message>
    <message>
        <source>（四）质量督导人员</source>
        <translation>(4) Quality supervisors</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>营业执照、规章制度、场地设备权属证明等材料的扫描件（PDF 或图片，每个不超过 50 MB）。</source>
        <translation>Scans of the business licence, rules and regulations, proof of ownership of premises and equipment, etc. (PDF or image, up to 50 MB each).</translation>
    </message>
    <message>
        <source>材料类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>选择 PDF 或图片扫描件附加到本企业</source>
        <translation>Choose a PDF or image scan to attach to this enterprise</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>撤销全部修改</source>
        <translation>Revert All Changes</translation>
    </message>
    <message>
        <source>放弃自上次保存以来的所有修改</source>
        <translation>Discard all changes since the last save</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>按附件1《备案申请表》格式预览并打印 (Ctrl+P)</source>
        <translation>Preview and print in the layout of the Filing Application Form (Annex 1) (Ctrl+P)</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>规章制度</source>
        <translation>Rules and regulations</translation>
    </message>
    <message>
        <source>权属证明</source>
        <translation>Proof of ownership</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>数据有误</source>
        <translation>Invalid Data</translation>
    </message>
    <message>
        <source>操作有误</source>
        <translation>Invalid Operation</translation>
    </message>
    <message>
        <source>记录不存在</source>
        <translation>Record Not Found</translation>
    </message>
    <message>
        <source>不能执行此操作</source>
        <translation>Operation Not Allowed</translation>
    </message>
    <message>
        <source>存储错误</source>
        <translation>Storage Error</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Operation Failed</translation>
    </message>
    <message>
        <source>……另有 %1 处，请查看完整列表。</source>
        <translation>… and %1 more; see the full list.</translation>
    </message>
    <message>
        <source>第 %1 行 </source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <source>%1%2：%3</source>
        <translation>%1%2: %3</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>创建管理员 — 鉴定 Jianding</source>
        <translation>Create Administrator — Jianding</translation>
    </message>
    <message>
        <source>创建管理员</source>
        <translation>Create Administrator</translation>
    </message>
    <message>
        <source>这是第一次使用此数据库，请先创建管理员账户。管理员负责添加其他用户、分配角色，以及备份和恢复数据库。</source>
        <translation>This database is being used for the first time. Please create an administrator account first. The administrator adds other users, assigns roles, and backs up and restores the database.</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>登录时使用，如 admin</source>
        <translation>Used to sign in, e.g. admin</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>至少 8 位，须同时包含字母和数字</source>
        <translation>At least 8 characters, with both letters and digits</translation>
    </message>
    <message>
        <source>确认密码(&amp;C)</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and Sign In</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportErrorDialog</name>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 鉴定 Jianding</source>
        <translation>Sign In — Jianding</translation>
    </message>
    <message>
        <source>鉴定 Jianding</source>
        <translation>Jianding</translation>
    </message>
    <message>
        <source>天津市职业技能鉴定指导中心
企业职业技能等级认定试点管理客户端</source>
        <translation>Tianjin Vocational Skill Appraisal Guidance Centre
Enterprise Skill Level Certification Pilot</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <source>%1（模式 %2）</source>
        <translation>%1 (schema %2)</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>无法读取用户</source>
        <translation>Cannot Read Users</translation>
    </message>
</context>
<context>
    <name>jd::ui::AccessCodeDialog</name>
    <message>
        <source>离线评分包已导出</source>
        <translation>Offline Scoring Package Exported</translation>
    </message>
    <message>
        <source>已为专家 &lt;b&gt;%1&lt;/b&gt; 导出离线评分包：&lt;br/&gt;&lt;code&gt;%2&lt;/code&gt;</source>
        <translation>Offline scoring package exported for expert &lt;b&gt;%1&lt;/b&gt;:&lt;br/&gt;&lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>访问码</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>复制访问码(&amp;C)</source>
        <translation>&amp;Copy Access Code</translation>
    </message>
    <message>
        <source>&lt;b&gt;访问码只显示这一次&lt;/b&gt;，系统不保存访问码，关闭本窗口后无法再查看。&lt;br/&gt;请抄写访问码，或复制后打印，交给专家本人；评分包文件和访问码应分开交付（例如文件用 U 盘或邮件，访问码当面或电话告知）。&lt;br/&gt;专家在任意一台装有本程序的电脑上选择“离线评分（评审专家）”，打开评分包并输入访问码即可评分；评分完成后交回同一个文件，由中心“导入离线评分包”。每个评分包只能导入一次。</source>
        <translation>&lt;b&gt;The access code is shown only this once.&lt;/b&gt; It is not stored; once this window is closed it cannot be viewed again.&lt;br/&gt;Write the code down, or copy and print it, and hand it to the expert in person. Deliver the package file and the access code separately (e.g. the file on a USB stick or by email, the code in person or by phone).&lt;br/&gt;On any computer with this program, the expert chooses &quot;Offline Scoring (Reviewers)&quot;, opens the package and enters the access code to score; when done, the expert returns the same file and the centre uses &quot;Import Offline Scoring Package&quot;. Each package can be imported only once.</translation>
    </message>
    <message>
        <source>我已记下访问码</source>
        <translation>I Have Noted the Code</translation>
    </message>
    <message>
        <source>已复制到剪贴板</source>
        <translation>Copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>jd::ui::AuditLogView</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部对象</source>
        <translation>All objects</translation>
    </message>
    <message>
        <source>勾选后只列出所选日期范围内的操作</source>
        <translation>When ticked, only operations within the chosen dates are listed</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>把列出的操作日志导出为 CSV 文件；其中含个人信息，导出本身也记入操作日志</source>
        <translation>Export the listed audit log entries to a CSV file; it contains personal data, and the export itself is logged</translation>
    </message>
    <message>
        <source>校验日志链</source>
        <translation>Verify Log Chain</translation>
    </message>
    <message>
        <source>检查数据库完整性，并核对每条操作日志的哈希链，发现修改、删除或插入的条目</source>
        <translation>Check the database integrity and the hash chain of the audit log to find entries that were changed, deleted or inserted</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>显示最近的 %1 条；更早的请用操作人、对象或时间缩小范围。</source>
        <translation>Showing the latest %1 entries; narrow by user, object or time to see older ones.</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>选择一条记录，查看修改前后的内容。</source>
        <translation>Select an entry to see the content before and after the change.</translation>
    </message>
    <message>
        <source>第 %1 条&#x3000;%2&#x3000;%3&#x3000;%4 %5 %6</source>
        <translation>Entry %1   %2   %3   %4 %5 %6</translation>
    </message>
    <message>
        <source>变化的字段：%1</source>
        <translation>Changed fields: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>哈希：%1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>操作日志（含个人信息）-%1.csv</source>
        <translation>Audit log (personal data)-%1.csv</translation>
    </message>
    <message>
        <source>未能导出</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export Audit Log</translation>
    </message>
    <message>
        <source>已导出 %1 条到 %2。文件含个人信息，请妥善保管，用后删除。</source>
        <translation>Exported %1 entries to %2. The file contains personal data: keep it safe and delete it after use.</translation>
    </message>
    <message>
        <source>校验通过：数据库完整，操作日志链未发现修改、删除或插入。</source>
        <translation>Verified: the database is intact and the audit log chain shows no changed, deleted or inserted entries.</translation>
    </message>
    <message>
        <source>发现 %1 处问题：
%2</source>
        <translation>%1 problems found:
%2</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</source>
        <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>jd::ui::AuditTableModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>对象编号</source>
        <translation>Object ID</translation>
    </message>
</context>
<context>
    <name>jd::ui::BatchDialog</name>
    <message>
        <source>建立批次</source>
        <translation>Create Batch</translation>
    </message>
    <message>
        <source>申报批次</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>批次名称</source>
        <translation>Batch name</translation>
    </message>
    <message>
        <source>申报截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>建立时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>如：%1年第二批</source>
        <translation>e.g. %1 second batch</translation>
    </message>
    <message>
        <source>新建批次</source>
        <translation>New Batch</translation>
    </message>
    <message>
        <source>批次名称(&amp;N)</source>
        <translation>Batch &amp;name</translation>
    </message>
    <message>
        <source>申报截止日期(&amp;D)</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>截止日期之后收到的申请标记为“逾期提交”，审核员仍可决定受理。</source>
        <translation>Filings received after the deadline are marked &quot;Late&quot;; a supervisor may still accept them.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>jd::ui::CalendarMonthModel</name>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>休</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>班</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>：休（节假日）</source>
        <translation>: off (holiday)</translation>
    </message>
    <message>
        <source>：班（调休上班）</source>
        <translation>: working (make-up day)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>jd::ui::CalendarView</name>
    <message>
        <source>上个月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>下个月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>导入日历…</source>
        <translation>Import Calendar…</translation>
    </message>
    <message>
        <source>导入 CSV 文件（日期,类型,说明；类型为 休/班/normal）</source>
        <translation>Import a CSV file (date,type,note; type is off, work or normal)</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>休 法定节假日</source>
        <translation>Off: public holiday</translation>
    </message>
    <message>
        <source>班 调休上班</source>
        <translation>Work: make-up working day</translation>
    </message>
    <message>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>双击某一天可设为休、班或正常</source>
        <translation>Double-click a day to make it off, working or normal</translation>
    </message>
    <message>
        <source>仅管理员可修改工作日历</source>
        <translation>Only administrators can change the work calendar</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>工作日计算</source>
        <translation>Working-Day Calculator</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>加</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>负数为往前数，起始日不计入；例如开始日期加 -10 即认定计划的报送期限。</source>
        <translation>Negative numbers count back; the start date is not counted. E.g. the start date plus −10 is the due date of a certification plan.</translation>
    </message>
    <message>
        <source>本年节假日与调休</source>
        <translation>Holidays and make-up days this year</translation>
    </message>
    <message>
        <source>工作日历未包含 %1 年的节假日安排：该年按周一至周五计算。请管理员导入该年日历。</source>
        <translation>The work calendar has no holidays for %1: that year counts Monday to Friday. An administrator should import the calendar for that year.</translation>
    </message>
    <message>
        <source>%1 年：节假日 %2 天，调休上班 %3 天。</source>
        <translation>%1: %2 holidays, %3 make-up working days.</translation>
    </message>
    <message>
        <source>= %1（%2）</source>
        <translation>= %1 (%2)</translation>
    </message>
    <message>
        <source>相隔 %1 个工作日（起始日不计，截止日计入）</source>
        <translation>%1 working days apart (start date not counted, end date counted)</translation>
    </message>
    <message>
        <source>导入工作日历</source>
        <translation>Import Work Calendar</translation>
    </message>
    <message>
        <source>工作日历 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</source>
        <translation>Working-day calendars (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>jd::ui::CatalogueEntryModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>评价机构序列码</source>
        <translation>Org. serial</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>职业（工种）及等级</source>
        <translation>Occupations (trades) and levels</translation>
    </message>
</context>
<context>
    <name>jd::ui::CatalogueTableModel</name>
    <message>
        <source>%1 年版</source>
        <translation>%1 edition</translation>
    </message>
    <message>
        <source>职业编码</source>
        <translation>Occupation code</translation>
    </message>
    <message>
        <source>职业名称</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>大典版本</source>
        <translation>Edition</translation>
    </message>
</context>
<context>
    <name>jd::ui::CatalogueVersionModel</name>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>jd::ui::CertificateModel</name>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>评价机构</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>已换发</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 次</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>未打印</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>发证日期在该企业终止试点之后，请核查。</source>
        <translation>Issued after the enterprise&apos;s pilot was terminated; please check.</translation>
    </message>
</context>
<context>
    <name>jd::ui::CertificatePrintDialog</name>
    <message>
        <source>套打（预印纸，只印文字）</source>
        <translation>Overlay (pre-printed paper, text only)</translation>
    </message>
    <message>
        <source>打印证书（%1 本）</source>
        <translation>Print Certificates (%1)</translation>
    </message>
    <message>
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>留空时印证书所属企业的名称</source>
        <translation>Leave empty to print the name of the certificate&apos;s enterprise</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>水平偏移（右为正）</source>
        <translation>Horizontal offset (right is +)</translation>
    </message>
    <message>
        <source>垂直偏移（下为正）</source>
        <translation>Vertical offset (down is +)</translation>
    </message>
    <message>
        <source>评价机构名称</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>偏移量按打印机分别记住。先用白纸试印一张，与预印证书重叠对光比对后再调整。</source>
        <translation>Offsets are remembered per printer. Print a test page on plain paper first, hold it over a pre-printed certificate against the light, then adjust.</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jd::ui::CertificateView</name>
    <message>
        <source>撤销…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>换发…</source>
        <translation>Reissue…</translation>
    </message>
    <message>
        <source>打印证书…</source>
        <translation>Print Certificate…</translation>
    </message>
    <message>
        <source>职业技能等级证书</source>
        <translation>Vocational Skill Level Certificate</translation>
    </message>
    <message>
        <source>打印预览 — 职业技能等级证书（%1 本）</source>
        <translation>Print Preview — Vocational Skill Level Certificates (%1)</translation>
    </message>
    <message>
        <source>证书编号（22 位，或旧 16 位职业资格证书号）</source>
        <translation>Certificate no. (22 characters, or old 16 digits)</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>姓名（可只输姓）</source>
        <translation>Name (or surname only)</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>打印整批…</source>
        <translation>Print Batch…</translation>
    </message>
    <message>
        <source>按证书编号顺序打印一份已确认结果备案的全部证书</source>
        <translation>Print all certificates of one confirmed result filing in certificate-number order</translation>
    </message>
    <message>
        <source>导入照片…</source>
        <translation>Import Photos…</translation>
    </message>
    <message>
        <source>选择一个文件夹：其中以身份证号命名的 JPEG/PNG 照片印在证书上</source>
        <translation>Choose a folder: JPEG/PNG photos in it named by ID number are printed on the certificates</translation>
    </message>
    <message>
        <source>证书详情</source>
        <translation>Certificate Details</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>职业名称</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>工种/职业方向</source>
        <translation>Trade/specialisation</translation>
    </message>
    <message>
        <source>职业技能等级</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>评价机构</source>
        <translation>Issuing organisation</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>换发自</source>
        <translation>Reissued from</translation>
    </message>
    <message>
        <source>打印次数</source>
        <translation>Times printed</translation>
    </message>
    <message>
        <source>核查提示</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>选择照片文件夹</source>
        <translation>Choose Photo Folder</translation>
    </message>
    <message>
        <source>输入证书编号、证件号码或姓名后点击“查找”。</source>
        <translation>Enter a certificate number, ID number or name and click &quot;Find&quot;.</translation>
    </message>
    <message>
        <source>请输入证书编号、证件号码或姓名。</source>
        <translation>Please enter a certificate number, ID number or name.</translation>
    </message>
    <message>
        <source>没有找到符合条件的证书。</source>
        <translation>No matching certificates found.</translation>
    </message>
    <message>
        <source>只显示前 %1 条，请缩小条件。</source>
        <translation>Only the first %1 are shown; please narrow the search.</translation>
    </message>
    <message>
        <source>找到 %1 本证书。</source>
        <translation>%1 certificates found.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 次</source>
        <translation>%1 times</translation>
    </message>
    <message>
        <source>⚠ 发证日期在该企业终止试点之后，请核查</source>
        <translation>⚠ Issued after the enterprise&apos;s pilot was terminated; please check</translation>
    </message>
    <message>
        <source>请先选择证书。</source>
        <translation>Please select a certificate first.</translation>
    </message>
    <message>
        <source>已撤销证书 %1。</source>
        <translation>Certificate %1 revoked.</translation>
    </message>
    <message>
        <source>已换发：新证书编号 %1（原 %2 已作废）。</source>
        <translation>Reissued: new certificate number %1 (old %2 voided).</translation>
    </message>
    <message>
        <source>撤销证书</source>
        <translation>Revoke Certificate</translation>
    </message>
    <message>
        <source>撤销证书 %1 的原因（将记入操作日志）：</source>
        <translation>Reason for revoking certificate %1 (recorded in the audit log):</translation>
    </message>
    <message>
        <source>换发证书</source>
        <translation>Reissue Certificate</translation>
    </message>
    <message>
        <source>换发证书 %1 的原因（如遗失、损毁、信息更正）：</source>
        <translation>Reason for reissuing certificate %1 (e.g. lost, damaged, details corrected):</translation>
    </message>
    <message>
        <source>已保存 %1 张照片。</source>
        <translation>%1 photos saved.</translation>
    </message>
    <message>
        <source>
跳过 %1 个文件：
%2</source>
        <translation>
%1 files skipped:
%2</translation>
    </message>
    <message>
        <source>已打印 %1 本证书。</source>
        <translation>%1 certificates printed.</translation>
    </message>
    <message>
        <source>打印整批证书</source>
        <translation>Print a Batch of Certificates</translation>
    </message>
    <message>
        <source>结果备案 %1  %2  确认于 %3  合格 %4 人</source>
        <translation>Result filing %1  %2  confirmed %3  %4 passed</translation>
    </message>
    <message>
        <source>下一步…</source>
        <translation>Next…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择已确认的结果备案，按证书编号顺序打印：</source>
        <translation>Choose a confirmed result filing to print in certificate-number order:</translation>
    </message>
    <message>
        <source>还没有已确认的结果备案。</source>
        <translation>There are no confirmed result filings yet.</translation>
    </message>
    <message>
        <source>正在发送证书到打印机…</source>
        <translation>Sending the certificates to the printer…</translation>
    </message>
    <message>
        <source>正在排版证书…</source>
        <translation>Laying out the certificates…</translation>
    </message>
    <message>
        <source>打印证书</source>
        <translation>Print Certificates</translation>
    </message>
    <message>
        <source>第 %1 / %2 本：%3</source>
        <translation>Certificate %1 of %2: %3</translation>
    </message>
    <message>
        <source>已取消打印，证书的打印次数未变。</source>
        <translation>Printing cancelled; the certificates&apos; print counts are unchanged.</translation>
    </message>
    <message>
        <source>正在导入照片…</source>
        <translation>Importing photos…</translation>
    </message>
    <message>
        <source>导入照片</source>
        <translation>Import Photos</translation>
    </message>
    <message>
        <source>正在导入第 %1 / %2 个文件…</source>
        <translation>Importing file %1 of %2…</translation>
    </message>
</context>
<context>
    <name>jd::ui::ChecklistModel</name>
    <message>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Annex</translation>
    </message>
    <message>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>附件 %1</source>
        <translation>Annex %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>选报</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>双击或按 F2 修改状态</source>
        <translation>Double-click or press F2 to change the status</translation>
    </message>
</context>
<context>
    <name>jd::ui::DashboardView</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>今天是 %1</source>
        <translation>Today is %1</translation>
    </message>
    <message>
        <source>各状态备案申请（点击查看）</source>
        <translation>Filings by status (click to view)</translation>
    </message>
    <message>
        <source>查看全部申请</source>
        <translation>View All Filings</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>待办事项（双击或按回车打开）</source>
        <translation>To do (double-click or press Enter to open)</translation>
    </message>
    <message>
        <source>查看试点企业目录</source>
        <translation>View Catalogue</translation>
    </message>
    <message>
        <source>查看证书号段</source>
        <translation>View Serial Blocks</translation>
    </message>
    <message>
        <source>最新试点企业目录</source>
        <translation>Latest pilot enterprise catalogue</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2 件</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>查看状态为“%1”的 %2 件申请</source>
        <translation>View the %2 filings with status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>备案申请共 %1 件</source>
        <translation>%1 filings in total</translation>
    </message>
    <message>
        <source>编号 %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>待审查的申请</source>
        <translation>Filings to check</translation>
    </message>
    <message>
        <source>没有等待审查的申请。</source>
        <translation>No filings waiting to be checked.</translation>
    </message>
    <message>
        <source>已提交、等待核对材料并决定受理的申请</source>
        <translation>Submitted filings waiting for the materials check and an acceptance decision</translation>
    </message>
    <message>
        <source>逾期提交；核对材料后决定是否受理</source>
        <translation>Late; check the materials, then decide on acceptance</translation>
    </message>
    <message>
        <source>核对材料后决定是否受理</source>
        <translation>Check the materials, then decide on acceptance</translation>
    </message>
    <message>
        <source>超期未办</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>没有超期的申请。</source>
        <translation>No overdue filings.</translation>
    </message>
    <message>
        <source>等待中心办理超过 %1 天的申请</source>
        <translation>Filings waiting for the centre for more than %1 days</translation>
    </message>
    <message>
        <source>“%1”已 %2 天未办理</source>
        <translation>&quot;%1&quot; for %2 days without action</translation>
    </message>
    <message>
        <source>待公布（按备案顺序）</source>
        <translation>To publish (in filing order)</translation>
    </message>
    <message>
        <source>没有等待公布的申请。</source>
        <translation>No filings waiting to be published.</translation>
    </message>
    <message>
        <source>人社部复核通过、等待公布并赋予评价机构序列码的申请；须按此顺序公布</source>
        <translation>Filings accepted by the ministry, waiting to be published and given an organisation serial; publish them in this order</translation>
    </message>
    <message>
        <source>第 1 位：可以公布</source>
        <translation>1st: can be published</translation>
    </message>
    <message>
        <source>第 %1 位：须在前面的申请公布之后</source>
        <translation>No. %1: after the filings before it are published</translation>
    </message>
    <message>
        <source>证书号段预警</source>
        <translation>Serial block warnings</translation>
    </message>
    <message>
        <source>没有使用超过 90% 的号段。</source>
        <translation>No serial block is more than 90% used.</translation>
    </message>
    <message>
        <source>编号 00000</source>
        <translation>No. 00000</translation>
    </message>
    <message>
        <source>尚未公布试点企业目录。第一家企业公布后生成第 1 版。</source>
        <translation>No pilot enterprise catalogue has been published yet. Version 1 is created when the first enterprise is published.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;第 %1 版&lt;/b&gt;，%2 生效&lt;/p&gt;&lt;p&gt;共 %3 家试点企业&lt;/p&gt;&lt;p&gt;调整原因：%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Version %1&lt;/b&gt;, effective %2&lt;/p&gt;&lt;p&gt;%3 pilot enterprises&lt;/p&gt;&lt;p&gt;Reason for change: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>jd::ui::DayEditDialog</name>
    <message>
        <source>设置日期 — %1</source>
        <translation>Set Date — %1</translation>
    </message>
    <message>
        <source>正常（按星期计算）</source>
        <translation>Normal (by weekday)</translation>
    </message>
    <message>
        <source>休（法定节假日）</source>
        <translation>Off (public holiday)</translation>
    </message>
    <message>
        <source>班（调休上班）</source>
        <translation>Work (make-up working day)</translation>
    </message>
    <message>
        <source>例如：国庆节、国庆节调休上班</source>
        <translation>e.g. National Day, National Day make-up working day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
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
    <name>jd::ui::EnterpriseEditor</name>
    <message>
        <source>材料类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>新登记的企业，保存后生成登记编号。</source>
        <translation>New enterprise; the register number is assigned when you save.</translation>
    </message>
    <message>
        <source>登记编号 %1&#x3000;创建于 %2&#x3000;最后修改于 %3（第 %4 版）</source>
        <translation>Register no. %1   created %2   last changed %3 (revision %4)</translation>
    </message>
    <message>
        <source>新建企业[*]</source>
        <translation>New Enterprise[*]</translation>
    </message>
    <message>
        <source>新建企业：%1[*]</source>
        <translation>New Enterprise: %1[*]</translation>
    </message>
    <message>
        <source>%1 — 企业信息（编号 %2）[*]</source>
        <translation>%1 — Enterprise Details (No. %2)[*]</translation>
    </message>
    <message>
        <source>（只读）[*]</source>
        <translation> (read-only)[*]</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>有 %1 处需要修改，已在相应栏目中标出。</source>
        <translation>%1 entries need correcting; they are marked in their fields.</translation>
    </message>
    <message>
        <source>……另有 %1 处表格中的问题。</source>
        <translation>… and %1 more problems in the tables.</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>撤销全部修改</source>
        <translation>Revert All Changes</translation>
    </message>
    <message>
        <source>放弃自上次保存以来的所有修改，恢复到保存时的内容？</source>
        <translation>Discard all changes since the last save and go back to the saved content?</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>“%1”有尚未保存的修改。关闭前要保存吗？</source>
        <translation>&quot;%1&quot; has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>新建企业</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>-备案申请表</source>
        <translation>-filing application form</translation>
    </message>
    <message>
        <source>SHA-256：%1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>营业执照、规章制度、场地设备权属证明等材料的扫描件（PDF 或图片，每个不超过 50 MB）。</source>
        <translation>Scans of the business licence, rules and regulations, proof of ownership of premises and equipment, etc. (PDF or image, up to 50 MB each).</translation>
    </message>
    <message>
        <source>请先保存企业基本信息，保存后即可在此添加营业执照、规章制度等材料的扫描件。</source>
        <translation>Save the enterprise&apos;s basic information first; then you can add scans of the business licence, rules and regulations and other documents here.</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add Attachment</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp);;All files (*)</translation>
    </message>
    <message>
        <source>未能添加附件</source>
        <translation>Attachment Not Added</translation>
    </message>
    <message>
        <source>无法打开附件</source>
        <translation>Cannot Open Attachment</translation>
    </message>
    <message>
        <source>无法写出临时文件“%1”：%2</source>
        <translation>Cannot write the temporary file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>系统中没有可以打开“%1”的程序。</source>
        <translation>No program on this computer can open &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>移除附件</source>
        <translation>Remove Attachment</translation>
    </message>
    <message>
        <source>确定要移除附件“%1”吗？</source>
        <translation>Remove the attachment &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>未能移除附件</source>
        <translation>Attachment Not Removed</translation>
    </message>
</context>
<context>
    <name>jd::ui::EnterpriseListModel</name>
    <message>
        <source>统一社会信用代码未通过校验，已确认保留</source>
        <translation>The USCC fails the check; kept after confirmation</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
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
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>职业数</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>jd::ui::EnterpriseListView</name>
    <message>
        <source>只看代码存疑</source>
        <translation>Questionable codes only</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>搜索企业名称、统一社会信用代码、联系人或手机</source>
        <translation>Search name, USCC, contact or mobile</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>只列出统一社会信用代码未通过校验、经确认保留的企业</source>
        <translation>List only enterprises whose USCC fails the check and was kept after confirmation</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导入企业按模板填写的 CSV 或 JSON 文件；有任何错误时整份文件不导入</source>
        <translation>Import a CSV or JSON file the enterprise filled in from the template; if there is any error, nothing in the file is imported</translation>
    </message>
    <message>
        <source>登记册中还没有企业。点击“新建”逐项录入，或用“导入…”导入企业按模板填写的文件。</source>
        <translation>The register has no enterprises yet. Click &quot;New&quot; to enter one, or use &quot;Import…&quot; for a file the enterprise filled in from the template.</translation>
    </message>
    <message>
        <source>没有符合条件的企业。</source>
        <translation>No matching enterprises.</translation>
    </message>
    <message>
        <source>符合条件的企业 %1 家</source>
        <translation>%1 matching enterprises</translation>
    </message>
    <message>
        <source>共 %1 家企业</source>
        <translation>%1 enterprises</translation>
    </message>
    <message>
        <source>删除企业</source>
        <translation>Delete Enterprise</translation>
    </message>
    <message>
        <source>确定要从登记册中删除“%1”（统一社会信用代码 %2）吗？

删除后该企业不再出现在列表中，操作日志和历史记录仍然保留，其统一社会信用代码可以重新登记。</source>
        <translation>Delete &quot;%1&quot; (USCC %2) from the register?

The enterprise will no longer be listed; the audit log and history are kept, and its USCC can be registered again.</translation>
    </message>
    <message>
        <source>导入企业</source>
        <translation>Import Enterprises</translation>
    </message>
    <message>
        <source>导入未完成</source>
        <translation>Import Not Completed</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import Completed</translation>
    </message>
    <message>
        <source>已从“%1”导入 %2 家企业。</source>
        <translation>%2 enterprises imported from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>企业数据文件 (*.csv *.xlsx *.json);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;JSON 文件 (*.json)</source>
        <translation>Enterprise data files (*.csv *.xlsx *.json);;CSV files (*.csv);;Excel workbooks (*.xlsx);;JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>jd::ui::EquipmentTableModel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>所有权归属</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>jd::ui::ExpertEditorDialog</name>
    <message>
        <source>添加回避企业(&amp;A)…</source>
        <translation>&amp;Add Conflict…</translation>
    </message>
    <message>
        <source>移除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>居民身份证 18 位，末位可为 X</source>
        <translation>Resident ID card: 18 characters, the last may be X</translation>
    </message>
    <message>
        <source>如 高级工程师、一级/高级技师</source>
        <translation>e.g. senior engineer, level 1 / senior technician</translation>
    </message>
    <message>
        <source>如 河西区、滨海新区</source>
        <translation>e.g. Hexi District, Binhai New Area</translation>
    </message>
    <message>
        <source>职业分类大典编码或其前缀，如 6-31, 6-31-01-03</source>
        <translation>Occupational Classification codes or prefixes, e.g. 6-31, 6-31-01-03</translation>
    </message>
    <message>
        <source>可填写职业编码（如 6-31-01-03）或其前缀（如 6-31 表示该中类下的全部职业），多个之间用逗号、顿号或空格分隔。抽取评审专家时按此与企业申报的职业匹配。</source>
        <translation>Enter occupation codes (e.g. 6-31-01-03) or prefixes (e.g. 6-31 for all occupations in that intermediate group), separated by commas or spaces. Panel draws match these against the occupations an enterprise applies for.</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>证件类型(&amp;D)</source>
        <translation>I&amp;D type</translation>
    </message>
    <message>
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>工作单位(&amp;W)</source>
        <translation>&amp;Employer</translation>
    </message>
    <message>
        <source>职称/技能等级(&amp;T)</source>
        <translation>&amp;Title/skill level</translation>
    </message>
    <message>
        <source>地区(&amp;G)</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>专业领域(&amp;Z)</source>
        <translation>Spe&amp;cialties</translation>
    </message>
    <message>
        <source>备注(&amp;M)</source>
        <translation>Re&amp;marks</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>登记该专家申报需要回避的企业（如曾任职、有利害关系）</source>
        <translation>Record an enterprise this expert declares a conflict with (e.g. former employer, a vested interest)</translation>
    </message>
    <message>
        <source>申报回避的企业（抽取评审专家时自动回避）</source>
        <translation>Declared conflicts (avoided automatically in panel draws)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>新入库的专家。带“回避”的企业在抽取评审专家时自动排除。</source>
        <translation>New expert. Enterprises listed as conflicts are excluded automatically in panel draws.</translation>
    </message>
    <message>
        <source>专家编号 %1&#x3000;%2&#x3000;第 %3 版</source>
        <translation>Expert no. %1   %2   revision %3</translation>
    </message>
    <message>
        <source>在库</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用（不参加抽取）</source>
        <translation>Disabled (not drawn)</translation>
    </message>
    <message>
        <source>双击修改理由</source>
        <translation>Double-click to edit the reason</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>请填写专家姓名。</source>
        <translation>Please enter the expert&apos;s name.</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>请填写证件号码。</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>请填写工作单位：抽取专家组时据此回避。</source>
        <translation>Please enter the employer: panel draws use it for avoidance.</translation>
    </message>
    <message>
        <source>专业领域</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <source>“%1”不是职业分类代码：应为大类至职业各级代码，如 6、6-31、6-31-01 或 6-31-01-03。</source>
        <translation>&quot;%1&quot; is not an occupation classification code: use a code from major group to occupation, e.g. 6, 6-31, 6-31-01 or 6-31-01-03.</translation>
    </message>
    <message>
        <source>请至少填写一个专业领域（职业分类代码，如 6-31）。</source>
        <translation>Please enter at least one specialty (an occupation classification code, e.g. 6-31).</translation>
    </message>
    <message>
        <source>回避理由</source>
        <translation>Reason for conflict</translation>
    </message>
    <message>
        <source>请写明与“%1”回避的理由（双击理由栏填写）。</source>
        <translation>Please give the reason for the conflict with &quot;%1&quot; (double-click the reason cell).</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>新增评审专家[*]</source>
        <translation>New Expert[*]</translation>
    </message>
    <message>
        <source>新增评审专家：%1[*]</source>
        <translation>New Expert: %1[*]</translation>
    </message>
    <message>
        <source>%1 — 评审专家[*]</source>
        <translation>%1 — Expert[*]</translation>
    </message>
    <message>
        <source>（只读）[*]</source>
        <translation> (read-only)[*]</translation>
    </message>
    <message>
        <source>登记册中没有其他可选的企业。</source>
        <translation>There are no other enterprises in the register to choose.</translation>
    </message>
    <message>
        <source>无法添加</source>
        <translation>Cannot Add</translation>
    </message>
    <message>
        <source>添加回避企业</source>
        <translation>Add Conflict</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>如 曾在该企业任职、近亲属在该企业工作</source>
        <translation>e.g. formerly employed there; a close relative works there</translation>
    </message>
    <message>
        <source>企业(&amp;E)</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <source>回避理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>回避企业未保存</source>
        <translation>Conflict Not Saved</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>

您的修改仍保留在本窗口中，可先记下需要的内容。</source>
        <translation>

Your changes are still in this window; you may want to note down what you need.</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>“%1”有尚未保存的修改。关闭前要保存吗？</source>
        <translation>&quot;%1&quot; has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>新增评审专家</source>
        <translation>New expert</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>应为 11 位手机号或带区号的固定电话，如 022-23456789。</source>
        <translation>Must be an 11-digit mobile number or a landline with area code, e.g. 022-23456789.</translation>
    </message>
</context>
<context>
    <name>jd::ui::ExpertListModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>职称/技能等级</source>
        <translation>Title/skill level</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>专业领域</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>在库</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>联系电话：%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>申报回避的企业：%1</source>
        <translation>Declared conflicts: %1</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>Remarks: %1</translation>
    </message>
</context>
<context>
    <name>jd::ui::ExpertPoolView</name>
    <message>
        <source>显示已停用(&amp;V)</source>
        <translation>Show &amp;disabled</translation>
    </message>
    <message>
        <source>新增(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>编辑(&amp;M)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>停用(&amp;T)…</source>
        <translation>Disa&amp;ble…</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>同时列出已停用、不再参加抽取的专家</source>
        <translation>Also list disabled experts, who are no longer drawn</translation>
    </message>
    <message>
        <source>导入按模板填写的专家名单（CSV 或 XLSX）；有任何错误时整份文件不导入</source>
        <translation>Import an expert list filled in from the template (CSV or XLSX); if there is any error, nothing in the file is imported</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>把专家库导出为 CSV 或 XLSX 文件（按文件扩展名）</source>
        <translation>Export the expert pool to a CSV or XLSX file (by file extension)</translation>
    </message>
    <message>
        <source>导出模板(&amp;P)…</source>
        <translation>Export &amp;Template…</translation>
    </message>
    <message>
        <source>导出空白的专家名单模板：%1</source>
        <translation>Export a blank expert list template: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>查看(&amp;M)…</source>
        <translation>Vi&amp;ew…</translation>
    </message>
    <message>
        <source>专家库中还没有专家。点击“新增”逐个录入，或用“导入”导入按模板填写的名单。</source>
        <translation>The expert pool is empty. Click &quot;New&quot; to enter experts one by one, or &quot;Import&quot; a list filled in from the template.</translation>
    </message>
    <message>
        <source>没有符合条件的专家。</source>
        <translation>No matching experts.</translation>
    </message>
    <message>
        <source>共 %1 名专家，其中已停用 %2 名</source>
        <translation>%1 experts, %2 of them disabled</translation>
    </message>
    <message>
        <source>共 %1 名专家</source>
        <translation>%1 experts</translation>
    </message>
    <message>
        <source>符合条件的专家 %1 名</source>
        <translation>%1 matching experts</translation>
    </message>
    <message>
        <source>启用(&amp;T)…</source>
        <translation>Ena&amp;ble…</translation>
    </message>
    <message>
        <source>停用后该专家不再参加评审专家抽取，记录保留</source>
        <translation>A disabled expert is no longer drawn for panels; the records are kept</translation>
    </message>
    <message>
        <source>恢复该专家参加评审专家抽取</source>
        <translation>Let this expert be drawn for panels again</translation>
    </message>
    <message>
        <source>请先在列表中选择一位专家。</source>
        <translation>Please select an expert in the list first.</translation>
    </message>
    <message>
        <source>启用专家</source>
        <translation>Enable Expert</translation>
    </message>
    <message>
        <source>停用专家</source>
        <translation>Disable Expert</translation>
    </message>
    <message>
        <source>恢复“%1”（%2）参加评审专家抽取。请填写理由：</source>
        <translation>&quot;%1&quot; (%2) will be drawn for panels again. Please give the reason:</translation>
    </message>
    <message>
        <source>停用后“%1”（%2）不再参加评审专家抽取，已参加的评审记录保留。请填写理由：</source>
        <translation>Once disabled, &quot;%1&quot; (%2) is no longer drawn for panels; records of past reviews are kept. Please give the reason:</translation>
    </message>
    <message>
        <source>导入专家名单</source>
        <translation>Import Expert List</translation>
    </message>
    <message>
        <source>专家名单 (%1);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</source>
        <translation>Expert lists (%1);;CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导入未完成</source>
        <translation>Import Not Completed</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import Completed</translation>
    </message>
    <message>
        <source>已从“%1”导入 %2 名专家。</source>
        <translation>%2 experts imported from &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>导出专家库</source>
        <translation>Export Expert Pool</translation>
    </message>
    <message>
        <source>评审专家库.xlsx</source>
        <translation>expert pool.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>导出未完成</source>
        <translation>Export Not Completed</translation>
    </message>
    <message>
        <source>专家库已导出到 %1</source>
        <translation>Expert pool exported to %1</translation>
    </message>
    <message>
        <source>导出专家名单模板</source>
        <translation>Export Expert List Template</translation>
    </message>
    <message>
        <source>评审专家名单模板.xlsx</source>
        <translation>expert list template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存到 %1</source>
        <translation>Template saved to %1</translation>
    </message>
    <message>
        <source>搜索姓名、工作单位或专业领域（Ctrl+F）</source>
        <translation>Search name, employer or specialty (Ctrl+F)</translation>
    </message>
    <message>
        <source>专家名单有 %1 处错误，未导入任何专家。</source>
        <translation>The expert list has %1 errors; no expert was imported.</translation>
    </message>
</context>
<context>
    <name>jd::ui::FilingActionDialog</name>
    <message>
        <source>阶段评估</source>
        <translation>Phase Evaluation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&#x3000;%2（编号 %3，当前状态：%4）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;   %2 (No. %3, current status: %4)</translation>
    </message>
    <message>
        <source>合格（转为正式开展）</source>
        <translation>Pass (becomes formal)</translation>
    </message>
    <message>
        <source>不合格（终止备案，取消试点资格）</source>
        <translation>Fail (filing terminated, pilot status withdrawn)</translation>
    </message>
    <message>
        <source>评估结果 *</source>
        <translation>Result *</translation>
    </message>
    <message>
        <source>决定生效的日期：不早于上一步的 %1，不晚于今天。</source>
        <translation>Date the decision takes effect: not before the previous step (%1), not after today.</translation>
    </message>
    <message>
        <source>决定生效的日期，不晚于今天。</source>
        <translation>Date the decision takes effect, not after today.</translation>
    </message>
    <message>
        <source>生效日期 *</source>
        <translation>Effective date *</translation>
    </message>
    <message>
        <source>如：人社鉴备〔2019〕12号</source>
        <translation>e.g. 人社鉴备〔2019〕12号</translation>
    </message>
    <message>
        <source>如：津人社函〔2019〕35号</source>
        <translation>e.g. 津人社函〔2019〕35号</translation>
    </message>
    <message>
        <source>文号 *</source>
        <translation>Document no. *</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>材料不齐仍受理时，写明理由（须由审核员决定）</source>
        <translation>When accepting with materials missing, give the reason (a supervisor&apos;s decision)</translation>
    </message>
    <message>
        <source>破例受理理由 *</source>
        <translation>Reason for exception *</translation>
    </message>
    <message>
        <source>其他需要补正的内容，每行一项</source>
        <translation>Other items to correct, one per line</translation>
    </message>
    <message>
        <source>其他补正内容</source>
        <translation>Other corrections</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>可填写办理情况说明</source>
        <translation>Optional note on how the matter was handled</translation>
    </message>
    <message>
        <source>评估意见 *</source>
        <translation>Evaluation findings *</translation>
    </message>
    <message>
        <source>阶段评估的主要发现</source>
        <translation>Main findings of the phase evaluation</translation>
    </message>
    <message>
        <source>理由 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>写明作出此决定的理由，将记入办理记录</source>
        <translation>Give the reason for this decision; it is recorded in the history</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>给企业的说明，将写入补正通知</source>
        <translation>Explanation for the enterprise; it goes into the correction notice</translation>
    </message>
    <message>
        <source>登记评估结果</source>
        <translation>Record Result</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>登记阶段评估结果。合格的转为正式开展；不合格的终止备案、取消试点资格，并从下一版目录中移除。</source>
        <translation>Record the phase evaluation result. A pass makes the pilot formal; a fail terminates the filing, withdraws the pilot status and removes the enterprise from the next catalogue version.</translation>
    </message>
    <message>
        <source>必备材料均已收到。受理后可打印受理回执。</source>
        <translation>All required materials have been received. After acceptance you can print the acceptance receipt.</translation>
    </message>
    <message>
        <source>以下必备材料尚未收到或有缺陷，受理须写明破例受理理由：</source>
        <translation>The following required materials are missing or defective; to accept, give a reason for the exception:</translation>
    </message>
    <message>
        <source>退回企业补正。材料清单中没有标为“缺少”或“有缺陷”的必备材料，请在下面列出需要补正的内容。</source>
        <translation>Return to the enterprise for correction. No required item in the materials checklist is marked &quot;missing&quot; or &quot;defective&quot;; list what needs correcting below.</translation>
    </message>
    <message>
        <source>退回企业补正。材料清单中标为“缺少”或“有缺陷”的必备材料会自动列入补正通知，无需重复填写：</source>
        <translation>Return to the enterprise for correction. Required items marked &quot;missing&quot; or &quot;defective&quot; in the materials checklist go into the correction notice automatically; no need to repeat them:</translation>
    </message>
    <message>
        <source>不予受理将结束本次申请，理由会记入办理记录。</source>
        <translation>Rejecting ends this filing; the reason is recorded in the history.</translation>
    </message>
    <message>
        <source>安排专家组现场评估。</source>
        <translation>Schedule the expert panel&apos;s site visit.</translation>
    </message>
    <message>
        <source>专家组已完成现场评估评分。</source>
        <translation>The expert panel has finished scoring the site visit.</translation>
    </message>
    <message>
        <source>根据评分结果列入建议名单，报审定。</source>
        <translation>Put on the recommended list according to the scores, for approval.</translation>
    </message>
    <message>
        <source>不列入建议名单将结束本次申请，请写明理由（如总分低于合格线）。</source>
        <translation>Not recommending ends this filing; please give the reason (e.g. total below the pass line).</translation>
    </message>
    <message>
        <source>填写审定文件的文号。</source>
        <translation>Enter the document number of the approval.</translation>
    </message>
    <message>
        <source>审定不通过将结束本次申请，请写明理由。</source>
        <translation>Refusing approval ends this filing; please give the reason.</translation>
    </message>
    <message>
        <source>报人社部复核备案，日期为报送日期。</source>
        <translation>Report to the ministry for review; the date is the date sent.</translation>
    </message>
    <message>
        <source>填写人社部复核备案通过的文号，日期为复核通过的日期。</source>
        <translation>Enter the document number of the ministry&apos;s acceptance; the date is the date of acceptance.</translation>
    </message>
    <message>
        <source>填写人社部复核意见的文号。</source>
        <translation>Enter the document number of the ministry&apos;s review opinion.</translation>
    </message>
    <message>
        <source>公布后企业列入新一版《全市开展职业技能等级认定试点企业目录》，并按备案顺序赋予评价机构序列码。</source>
        <translation>Once published, the enterprise is listed in a new version of the pilot enterprise catalogue and given an organisation serial in filing order.</translation>
    </message>
    <message>
        <source>阶段评估合格，转为正式开展。</source>
        <translation>Phase evaluation passed; the pilot becomes formal.</translation>
    </message>
    <message>
        <source>终止备案后企业从下一版目录中移除，证书编号冻结，终止日期之后的证书将被标记。</source>
        <translation>After termination the enterprise is removed from the next catalogue version, its certificate numbers are frozen, and certificates dated after the termination are flagged.</translation>
    </message>
    <message>
        <source>暂停期间企业从目录中移除，不再分配新的证书号段。</source>
        <translation>While suspended, the enterprise is removed from the catalogue and gets no new serial blocks.</translation>
    </message>
    <message>
        <source>恢复到暂停前的状态，并重新列入目录。</source>
        <translation>Go back to the status before the suspension and list the enterprise in the catalogue again.</translation>
    </message>
    <message>
        <source>登记企业提交（补正后重新提交）的纸质材料。</source>
        <translation>Record the paper materials the enterprise submitted (resubmitted after correction).</translation>
    </message>
    <message>
        <source>&lt;br/&gt;无。</source>
        <translation>&lt;br/&gt;None.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>jd::ui::FilingHistoryModel</name>
    <message>
        <source>补正内容：</source>
        <translation>Corrections:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>状态变化</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>生效日期 %1，登记于 %2</source>
        <translation>Effective %1, recorded %2</translation>
    </message>
</context>
<context>
    <name>jd::ui::FilingListModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>逾期提交</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>最近办理</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>超期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>等待中心办理已 %1 天（上一步办理于 %2），超过 %3 天的办理时限。</source>
        <translation>Waiting for the centre for %1 days (last step on %2), beyond the %3-day time limit.</translation>
    </message>
    <message>
        <source>收件日期 %1 晚于本批次的申报截止日期。</source>
        <translation>Received on %1, after the batch deadline.</translation>
    </message>
</context>
<context>
    <name>jd::ui::FilingListView</name>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>按状态筛选；括号内为该状态的申请件数</source>
        <translation>Filter by status; the number of filings with each status is in brackets</translation>
    </message>
    <message>
        <source>按企业名称查找</source>
        <translation>Find by enterprise name</translation>
    </message>
    <message>
        <source>新建申请…</source>
        <translation>New Filing…</translation>
    </message>
    <message>
        <source>登记一份收到的纸质备案申请</source>
        <translation>Register a paper filing application that has been received</translation>
    </message>
    <message>
        <source>申报批次…</source>
        <translation>Batches…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>全部状态（%1）</source>
        <translation>All statuses (%1)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>全部批次</source>
        <translation>All batches</translation>
    </message>
    <message>
        <source>没有符合条件的备案申请。</source>
        <translation>No matching filings.</translation>
    </message>
    <message>
        <source>还没有备案申请。点击“新建申请…”登记收到的纸质申请。</source>
        <translation>There are no filings yet. Click &quot;New Filing…&quot; to register a paper application received.</translation>
    </message>
    <message>
        <source>符合条件的申请 %1 件</source>
        <translation>%1 matching filings</translation>
    </message>
    <message>
        <source>共 %1 件备案申请</source>
        <translation>%1 filings</translation>
    </message>
    <message>
        <source>，其中超期 %1 件</source>
        <translation>, %1 overdue</translation>
    </message>
    <message>
        <source>，逾期提交 %1 件</source>
        <translation>, %1 late</translation>
    </message>
</context>
<context>
    <name>jd::ui::FilingReviewPanel</name>
    <message>
        <source>去掉一个最高分和一个最低分后取平均</source>
        <translation>Trimmed mean (highest and lowest dropped)</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>导出离线评分包</source>
        <translation>Export Offline Scoring Package</translation>
    </message>
    <message>
        <source>离线评分包 (*.jdreview)</source>
        <translation>Offline scoring packages (*.jdreview)</translation>
    </message>
    <message>
        <source>导入离线评分包</source>
        <translation>Import Offline Scoring Package</translation>
    </message>
    <message>
        <source>离线评分包 (*.jdreview);;所有文件 (*)</source>
        <translation>Offline scoring packages (*.jdreview);;All files (*)</translation>
    </message>
    <message>
        <source>验证抽取(&amp;V)</source>
        <translation>&amp;Verify Draw</translation>
    </message>
    <message>
        <source>按保存的候选名单和随机种子重新抽取一次，核对是否得到原专家组</source>
        <translation>Draw again from the stored candidate list and random seed and check that the same panel results</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>如：企业培训基地（天津市南开区迎水道47号）</source>
        <translation>e.g. the enterprise&apos;s training centre (47 Yingshui Road, Nankai District, Tianjin)</translation>
    </message>
    <message>
        <source>保存安排(&amp;A)</source>
        <translation>Save &amp;Arrangements</translation>
    </message>
    <message>
        <source>现场评估日期(&amp;T)</source>
        <translation>Site visit da&amp;te</translation>
    </message>
    <message>
        <source>地点(&amp;L)</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> experts</translation>
    </message>
    <message>
        <source>专家组人数：不少于 3 的奇数</source>
        <translation>Panel size: an odd number, at least 3</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>随机种子（可选，0–4294967295）：留空则自动生成；种子随抽取结果保存，可复核</source>
        <translation>Random seed (optional, 0–4294967295): left empty, one is generated; the seed is stored with the draw so it can be checked</translation>
    </message>
    <message>
        <source>抽取专家组(&amp;D)…</source>
        <translation>&amp;Draw Panel…</translation>
    </message>
    <message>
        <source>人数(&amp;Z)</source>
        <translation>Si&amp;ze</translation>
    </message>
    <message>
        <source>种子(&amp;E)</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>更换专家(&amp;R)…</source>
        <translation>&amp;Replace Expert…</translation>
    </message>
    <message>
        <source>所选专家不能到场或须回避时，写明理由后更换</source>
        <translation>Replace the selected expert, with a reason, when they cannot attend or must stand down</translation>
    </message>
    <message>
        <source>录入评分(&amp;S)…</source>
        <translation>Enter &amp;Scores…</translation>
    </message>
    <message>
        <source>录入所选专家的纸质评分表（也可双击专家）</source>
        <translation>Enter the selected expert&apos;s paper score sheet (or double-click the expert)</translation>
    </message>
    <message>
        <source>导出离线评分包(&amp;X)…</source>
        <translation>E&amp;xport Offline Package…</translation>
    </message>
    <message>
        <source>为所选专家导出离线评分包，专家在自己的电脑上评分后交回</source>
        <translation>Export an offline scoring package for the selected expert, who scores on their own computer and returns it</translation>
    </message>
    <message>
        <source>导入离线评分包(&amp;I)…</source>
        <translation>&amp;Import Offline Package…</translation>
    </message>
    <message>
        <source>导入专家交回的离线评分包（*.jdreview）</source>
        <translation>Import an offline scoring package returned by an expert (*.jdreview)</translation>
    </message>
    <message>
        <source>文件列：filing_id,expert_id,criterion,score[,comment]；全部正确才导入</source>
        <translation>File columns: filing_id,expert_id,criterion,score[,comment]; imported only if every row is correct</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>评分表（空白或所选专家的）和专家组评分汇总表：打印预览或导出 PDF</source>
        <translation>Score sheets (blank or the selected expert&apos;s) and the panel summary: print preview or PDF export</translation>
    </message>
    <message>
        <source>%1 — 打印预览…</source>
        <translation>%1 — Print Preview…</translation>
    </message>
    <message>
        <source>%1 — 导出 PDF…</source>
        <translation>%1 — Export PDF…</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>空白评分表</source>
        <translation>Blank Score Sheet</translation>
    </message>
    <message>
        <source>所选专家的评分表</source>
        <translation>Selected Expert&apos;s Score Sheet</translation>
    </message>
    <message>
        <source>评分表</source>
        <translation>score sheet</translation>
    </message>
    <message>
        <source>专家组评分汇总表</source>
        <translation>Panel Score Summary</translation>
    </message>
    <message>
        <source>评分汇总表</source>
        <translation>panel summary</translation>
    </message>
    <message>
        <source>评分尚未完成的专家和评分项</source>
        <translation>Experts and criteria still to be scored</translation>
    </message>
    <message>
        <source>专家组意见</source>
        <translation>Panel Opinion</translation>
    </message>
    <message>
        <source>专家组对企业是否符合试点条件的综合意见，如：经现场评估，该企业符合试点条件，建议列入试点名单。</source>
        <translation>The panel&apos;s overall opinion on whether the enterprise meets the pilot conditions, e.g. &quot;After the site visit, the enterprise meets the pilot conditions; we recommend it for the pilot list.&quot;</translation>
    </message>
    <message>
        <source>保存意见(&amp;O)</source>
        <translation>Save &amp;Opinion</translation>
    </message>
    <message>
        <source>&lt;b&gt;尚未抽取专家组。&lt;/b&gt;选择人数（奇数，默认 5 人），必要时填写随机种子，然后“抽取专家组”。</source>
        <translation>&lt;b&gt;No expert panel drawn yet.&lt;/b&gt; Choose the size (odd, default 5), enter a random seed if needed, then click &quot;Draw Panel&quot;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;未抽取专家组。&lt;/b&gt;申请当前为“%1”：专家组在“材料已受理”或“现场评估”阶段抽取。</source>
        <translation>&lt;b&gt;No expert panel drawn.&lt;/b&gt; The filing is &quot;%1&quot;: panels are drawn at the &quot;materials accepted&quot; or &quot;site visit&quot; stage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;专家组 %1 人&lt;/b&gt;&#x3000;随机种子 &lt;b&gt;%2&lt;/b&gt;&#x3000;候选 %3 人&#x3000;%4 由 %5 抽取&#x3000;评分标准第 %6 版</source>
        <translation>&lt;b&gt;Panel of %1&lt;/b&gt;   seed &lt;b&gt;%2&lt;/b&gt;   %3 candidates   drawn %4 by %5   criteria v%6</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b35c00&quot;&gt;&lt;b&gt;评分未完成&lt;/b&gt;（完整评分表 %1/%2 份），暂无结论&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b35c00&quot;&gt;&lt;b&gt;Scoring incomplete&lt;/b&gt; (%1/%2 complete score sheets), no conclusion yet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1e7b34&quot;&gt;&lt;b&gt;建议列入试点名单&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#1e7b34&quot;&gt;&lt;b&gt;Recommended for the pilot list&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b03a2e&quot;&gt;&lt;b&gt;不建议列入&lt;/b&gt;（%1）&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b03a2e&quot;&gt;&lt;b&gt;Not recommended&lt;/b&gt; (%1)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>触发否决项</source>
        <translation>veto item triggered</translation>
    </message>
    <message>
        <source>总分低于合格线</source>
        <translation>total below the pass line</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;总分 &lt;b&gt;%1&lt;/b&gt; / 100&lt;/span&gt;&#x3000;合格线 %2&#x3000;汇总方法：%3&#x3000;否决项：%4&#x3000;分歧项：%5&#x3000;结论：%6</source>
        <translation>&lt;span style=&quot;font-size:large&quot;&gt;Total &lt;b&gt;%1&lt;/b&gt; / 100&lt;/span&gt;   Pass line %2   Aggregation: %3   Veto items: %4   Spread flags: %5   Conclusion: %6</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b03a2e&quot;&gt;已触发&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b03a2e&quot;&gt;triggered&lt;/b&gt;</translation>
    </message>
    <message>
        <source>未触发</source>
        <translation>not triggered</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b35c00&quot;&gt;%1 项&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b35c00&quot;&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>抽取专家组并录入评分后，这里显示各评分项的汇总结果。</source>
        <translation>Once a panel is drawn and scores are entered, the aggregated result of each criterion appears here.</translation>
    </message>
    <message>
        <source>专家评审</source>
        <translation>Expert Review</translation>
    </message>
    <message>
        <source>专家评审（已评 %1/%2）</source>
        <translation>Expert Review (%1/%2 scored)</translation>
    </message>
    <message>
        <source>当前角色（%1）无此权限</source>
        <translation>Your role (%1) does not have this permission</translation>
    </message>
    <message>
        <source>申请当前为“%1”</source>
        <translation>The filing is &quot;%1&quot;</translation>
    </message>
    <message>
        <source>从专业对口且无需回避的专家中随机抽取专家组</source>
        <translation>Draw a panel at random from experts in the right field with no conflict</translation>
    </message>
    <message>
        <source>%1：专家组在“材料已受理”或“现场评估”阶段抽取</source>
        <translation>%1: panels are drawn at the &quot;materials accepted&quot; or &quot;site visit&quot; stage</translation>
    </message>
    <message>
        <source>专家组已有评分，不能重新抽取；请用“更换专家”</source>
        <translation>The panel already has scores and cannot be redrawn; use &quot;Replace Expert&quot;</translation>
    </message>
    <message>
        <source>重新抽取(&amp;D)…</source>
        <translation>Re&amp;draw Panel…</translation>
    </message>
    <message>
        <source>%1，专家组已不能调整</source>
        <translation>%1; the panel can no longer be changed</translation>
    </message>
    <message>
        <source>请先在表中选择一名在组专家</source>
        <translation>Select an active panel member in the table first</translation>
    </message>
    <message>
        <source>保存现场评估日期和地点</source>
        <translation>Save the site visit date and place</translation>
    </message>
    <message>
        <source>请先抽取专家组</source>
        <translation>Draw a panel first</translation>
    </message>
    <message>
        <source>修改日期或地点后保存</source>
        <translation>Change the date or place, then save</translation>
    </message>
    <message>
        <source>查看评分(&amp;S)…</source>
        <translation>View &amp;Scores…</translation>
    </message>
    <message>
        <source>请先在表中选择一名专家</source>
        <translation>Select an expert in the table first</translation>
    </message>
    <message>
        <source>%1：评分只能在“现场评估”阶段录入</source>
        <translation>%1: scores can be entered only at the &quot;site visit&quot; stage</translation>
    </message>
    <message>
        <source>保存专家组意见</source>
        <translation>Save the panel opinion</translation>
    </message>
    <message>
        <source>修改意见后保存</source>
        <translation>Change the opinion, then save</translation>
    </message>
    <message>
        <source>%1：专家组意见在现场评估和评分阶段填写</source>
        <translation>%1: the panel opinion is written at the site visit and scoring stages</translation>
    </message>
    <message>
        <source>备案申请 %1&#x3000;%2</source>
        <translation>Filing %1   %2</translation>
    </message>
    <message>
        <source>随机种子应为 0 到 4294967295 之间的整数。</source>
        <translation>The random seed must be a whole number from 0 to 4294967295.</translation>
    </message>
    <message>
        <source>重新抽取专家组</source>
        <translation>Redraw Expert Panel</translation>
    </message>
    <message>
        <source>备案申请 %1 已有 %2 人的专家组（种子 %3）。重新抽取将替换现有专家组，原专家组记录在操作日志中。确定重新抽取 %4 人吗？</source>
        <translation>Filing %1 already has a panel of %2 (seed %3). Redrawing replaces the current panel; the old panel stays in the audit log. Redraw a panel of %4?</translation>
    </message>
    <message>
        <source>已抽取 %1 人专家组（随机种子 %2）：%3。</source>
        <translation>Panel of %1 drawn (random seed %2): %3.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>✓ 抽取可复现</source>
        <translation>✓ Draw reproducible</translation>
    </message>
    <message>
        <source>按保存的候选名单和随机种子 %1 重新抽取，得到的专家与原专家组一致。</source>
        <translation>Drawing again from the stored candidate list and random seed %1 gives the same experts as the panel.</translation>
    </message>
    <message>
        <source>✗ 与原抽取不一致</source>
        <translation>✗ Differs from the original draw</translation>
    </message>
    <message>
        <source>按保存的随机种子重新抽取，结果与原专家组不一致：抽取记录可能被改动，请查看操作日志。</source>
        <translation>Drawing again with the stored random seed does not give the same panel: the draw record may have been altered. Please check the audit log.</translation>
    </message>
    <message>
        <source>已更换专家：%1 → %2（理由：%3）。</source>
        <translation>Expert replaced: %1 → %2 (reason: %3).</translation>
    </message>
    <message>
        <source>递补专家</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>现场评估安排已保存：%1，%2。</source>
        <translation>Site visit arrangements saved: %1, %2.</translation>
    </message>
    <message>
        <source>已保存 %1 的评分：%2。</source>
        <translation>Scores of %1 saved: %2.</translation>
    </message>
    <message>
        <source>已为 %1 导出离线评分包：%2。访问码已显示一次，系统不保存。</source>
        <translation>Offline scoring package exported for %1: %2. The access code was shown once and is not stored.</translation>
    </message>
    <message>
        <source>评分包-%1-%2-%3</source>
        <translation>scoring package-%1-%2-%3</translation>
    </message>
    <message>
        <source>已导入 %1 的离线评分包：%2 项评分，本表合计 %3 分。</source>
        <translation>Offline scoring package of %1 imported: %2 scores, sheet total %3.</translation>
    </message>
    <message>
        <source>已从 %1 导入 %2 行评分，涉及 %3 份评分表。</source>
        <translation>%2 score rows imported from %1, covering %3 score sheets.</translation>
    </message>
    <message>
        <source>专家组意见已保存。</source>
        <translation>Panel opinion saved.</translation>
    </message>
    <message>
        <source>还没有评分标准，请管理员先建立。</source>
        <translation>There is no criteria template yet; an administrator must create one first.</translation>
    </message>
    <message>
        <source>请先在专家组中选择一名专家。</source>
        <translation>Please select a panel member first.</translation>
    </message>
    <message>
        <source>备案申请 %1 还没有抽取专家组。</source>
        <translation>Filing %1 has no expert panel yet.</translation>
    </message>
    <message>
        <source>评分文件 %1 有 %2 处错误，全部未导入；请改正后重新导入。</source>
        <translation>The score file %1 has %2 errors; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>导入评分文件</source>
        <translation>Import Score File</translation>
    </message>
    <message>
        <source>评分文件 (*.csv *.xlsx);;所有文件 (*)</source>
        <translation>Score files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>导入评分文件…</source>
        <translation>Import Score File…</translation>
    </message>
</context>
<context>
    <name>jd::ui::FilingView</name>
    <message>
        <source>全部已收到</source>
        <translation>All Received</translation>
    </message>
    <message>
        <source>阶段评估…</source>
        <translation>Phase Evaluation…</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>申报批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>评价机构序列码</source>
        <translation>Organisation serial</translation>
    </message>
    <message>
        <source>审定文号</source>
        <translation>Approval doc. no.</translation>
    </message>
    <message>
        <source>人社部复核</source>
        <translation>Ministry review</translation>
    </message>
    <message>
        <source>有缺陷</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>把材料清单的每一项都标为“已收到”（核对纸质材料齐全后使用）</source>
        <translation>Mark every item of the materials checklist &quot;received&quot; (after checking the paper materials are complete)</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>申请材料清单</source>
        <translation>Materials Checklist</translation>
    </message>
    <message>
        <source>专家评审</source>
        <translation>Expert Review</translation>
    </message>
    <message>
        <source>办理：</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>登记阶段评估结果：合格转为正式开展，不合格终止备案</source>
        <translation>Record the phase evaluation result: a pass makes the pilot formal, a fail terminates the filing</translation>
    </message>
    <message>
        <source>受理回执</source>
        <translation>Acceptance Receipt</translation>
    </message>
    <message>
        <source>补正通知</source>
        <translation>Correction Notice</translation>
    </message>
    <message>
        <source>赋码通知</source>
        <translation>Serial Assignment Notice</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印预览“%1”；右侧箭头可导出 PDF</source>
        <translation>Print preview of &quot;%1&quot;; the arrow on the right exports a PDF</translation>
    </message>
    <message>
        <source>打印预览(&amp;P)…</source>
        <translation>Print &amp;Preview…</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;E)…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>备案申请 %1 — %2</source>
        <translation>Filing %1 — %2</translation>
    </message>
    <message>
        <source>%1&#x3000;&lt;a href=&quot;enterprise&quot; style=&quot;font-size:small; font-weight:normal&quot;&gt;企业信息&lt;/a&gt;</source>
        <translation>%1   &lt;a href=&quot;enterprise&quot; style=&quot;font-size:small; font-weight:normal&quot;&gt;Enterprise details&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1（截止 %2）</source>
        <translation>%1 (deadline %2)</translation>
    </message>
    <message>
        <source>逾期提交</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>收件日期晚于本批次截止日期 %1；审核员仍可决定受理。</source>
        <translation>Received after the batch deadline %1; a supervisor may still accept it.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 报送</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>（公布后赋予）</source>
        <translation>(assigned on publication)</translation>
    </message>
    <message>
        <source>材料不齐破例受理，理由：%1</source>
        <translation>Accepted with incomplete materials as an exception; reason: %1</translation>
    </message>
    <message>
        <source>无法检查资格条件：%1</source>
        <translation>Cannot check eligibility: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;资格条件&lt;/b&gt;&lt;br/&gt;未发现问题：企业类型、申报职业、考评与督导人员、场地设备均已填写。</source>
        <translation>&lt;b&gt;Eligibility&lt;/b&gt;&lt;br/&gt;No problems found: enterprise type, occupations, assessors and supervisors, premises and equipment are all filled in.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ 资格条件提示（%1 项）&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ Eligibility notes (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>办理记录（%1）</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>申请已%1，材料清单不能再修改。</source>
        <translation>The filing is &quot;%1&quot;; the materials checklist can no longer be changed.</translation>
    </message>
    <message>
        <source>已收到 %1 / %2 项</source>
        <translation>%1 / %2 items received</translation>
    </message>
    <message>
        <source>；必备材料缺少或有缺陷 %1 项</source>
        <translation>; %1 required items missing or defective</translation>
    </message>
    <message>
        <source>（申请已%1，清单只读）</source>
        <translation> (filing is &quot;%1&quot;; checklist read-only)</translation>
    </message>
    <message>
        <source>。双击“状态”或“说明”修改。</source>
        <translation>. Double-click &quot;Status&quot; or &quot;Note&quot; to change.</translation>
    </message>
    <message>
        <source>申请材料清单（%1/%2）</source>
        <translation>Materials Checklist (%1/%2)</translation>
    </message>
    <message>
        <source>当前状态没有可办理的操作</source>
        <translation>No actions available in the current status</translation>
    </message>
    <message>
        <source>当前状态下，%1没有可办理的操作</source>
        <translation>No actions available for your role (%1) in the current status</translation>
    </message>
    <message>
        <source>%1 抽查计划 %2：%3。%4%5</source>
        <translation>%1 spot check of plan %2: %3. %4 %5</translation>
    </message>
    <message>
        <source>（未检查）</source>
        <translation>(not yet visited)</translation>
    </message>
    <message>
        <source>整改要求：%1</source>
        <translation>Rectification required: %1</translation>
    </message>
    <message>
        <source>抽查监督记录（%1 次）</source>
        <translation>Spot checks (%1)</translation>
    </message>
    <message>
        <source>已办理“%1”，生效日期 %2，当前状态：%3。</source>
        <translation>&quot;%1&quot; done, effective %2; current status: %3.</translation>
    </message>
    <message>
        <source>阶段评估</source>
        <translation>Phase Evaluation</translation>
    </message>
    <message>
        <source>材料清单已全部标为“已收到”。</source>
        <translation>All checklist items marked &quot;received&quot;.</translation>
    </message>
    <message>
        <source>申请尚未受理（%1），不能打印受理回执。</source>
        <translation>The filing has not been accepted (%1); no acceptance receipt can be printed.</translation>
    </message>
    <message>
        <source>该申请没有被退回补正过，没有补正通知。</source>
        <translation>This filing was never returned for correction, so there is no correction notice.</translation>
    </message>
</context>
<context>
    <name>jd::ui::FilingWorkspace</name>
    <message>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>备案申请</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>试点企业目录</source>
        <translation>Pilot Catalogue</translation>
    </message>
    <message>
        <source>证书号段</source>
        <translation>Serial Blocks</translation>
    </message>
    <message>
        <source>备案(&amp;L)</source>
        <translation>Fi&amp;ling</translation>
    </message>
    <message>
        <source>工作台(&amp;D)</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>备案申请(&amp;L)</source>
        <translation>&amp;Filings</translation>
    </message>
    <message>
        <source>新建备案申请(&amp;N)…</source>
        <translation>&amp;New Filing…</translation>
    </message>
    <message>
        <source>登记一份收到的纸质备案申请</source>
        <translation>Register a paper filing application that has been received</translation>
    </message>
    <message>
        <source>申报批次(&amp;B)…</source>
        <translation>&amp;Batches…</translation>
    </message>
    <message>
        <source>试点企业目录(&amp;C)</source>
        <translation>Pilot &amp;Catalogue</translation>
    </message>
    <message>
        <source>证书号段(&amp;R)</source>
        <translation>Se&amp;rial Blocks</translation>
    </message>
    <message>
        <source>刷新(&amp;F)</source>
        <translation>Re&amp;fresh</translation>
    </message>
</context>
<context>
    <name>jd::ui::FirstAdminDialog</name>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>jd::ui::FirstRunWizard</name>
    <message>
        <source>开始使用 — 鉴定 Jianding</source>
        <translation>Getting Started - Jianding</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>在默认位置新建数据库(&amp;D)</source>
        <translation>Create a new database in the &amp;default location</translation>
    </message>
    <message>
        <source>新建数据库，保存到其他位置(&amp;O)</source>
        <translation>Create a new database in an&amp;other location</translation>
    </message>
    <message>
        <source>新数据库文件的位置和名称</source>
        <translation>Location and name of the new database file</translation>
    </message>
    <message>
        <source>浏览(&amp;W)…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>打开已有的数据库文件(&amp;E)</source>
        <translation>Open an &amp;existing database file</translation>
    </message>
    <message>
        <source>已有数据库文件（*.sqlite）</source>
        <translation>Existing database file (*.sqlite)</translation>
    </message>
    <message>
        <source>浏览(&amp;R)…</source>
        <translation>Browse (&amp;R)…</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>管理员负责添加其他用户、分配角色，以及备份和恢复数据库。密码至少 8 位，须同时包含字母和数字。</source>
        <translation>The administrator adds other users, assigns roles, and backs up and restores the database. The password needs at least 8 characters with both letters and digits.</translation>
    </message>
    <message>
        <source>登录时使用，如 admin</source>
        <translation>Used to sign in, e.g. admin</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>姓名(&amp;A)</source>
        <translation>Full n&amp;ame</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>确认密码(&amp;C)</source>
        <translation>&amp;Confirm password</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Sample Data</translation>
    </message>
    <message>
        <source>示例数据是虚构的企业、人员、备案申请和认定计划，用于培训和试用。正式使用的数据库不要生成示例数据。</source>
        <translation>Sample data consists of fictitious enterprises, people, filings and appraisal plans, for training and trials. Do not generate sample data in a database for real use.</translation>
    </message>
    <message>
        <source>生成示例数据（用于培训和试用）(&amp;G)</source>
        <translation>&amp;Generate sample data (for training and trials)</translation>
    </message>
    <message>
        <source>企业数量(&amp;Q)</source>
        <translation>Number of enterprises (&amp;Q)</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>点“完成”后按以下设置准备数据库，然后以管理员身份登录。</source>
        <translation>Click &quot;Finish&quot; to prepare the database with these settings and sign in as the administrator.</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>新建数据库：%1</source>
        <translation>New database: %1</translation>
    </message>
    <message>
        <source>打开数据库：%1</source>
        <translation>Open database: %1</translation>
    </message>
    <message>
        <source>此数据库已有用户，不再创建管理员。点“完成”后请用已有的账户登录。</source>
        <translation>This database already has users, so no administrator is created. After clicking &quot;Finish&quot;, sign in with an existing account.</translation>
    </message>
    <message>
        <source>管理员：%1</source>
        <translation>Administrator: %1</translation>
    </message>
    <message>
        <source>示例数据：生成 %1 家企业的示例数据</source>
        <translation>Sample data: generate sample data for %1 enterprises</translation>
    </message>
    <message>
        <source>示例数据：不生成</source>
        <translation>Sample data: none</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>数据库 (*.sqlite);;所有文件 (*)</source>
        <translation>Databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>文件“%1”已经存在。要使用它，请选择“打开已有的数据库文件”；要新建，请换一个文件名。</source>
        <translation>The file &quot;%1&quot; already exists. To use it, choose &quot;Open an existing database file&quot;; to create a new database, choose another file name.</translation>
    </message>
    <message>
        <source>无法新建数据库</source>
        <translation>Cannot Create Database</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
    <message>
        <source>无法载入职业目录</source>
        <translation>Cannot Load the Occupation List</translation>
    </message>
    <message>
        <source>无法读取用户</source>
        <translation>Cannot Read Users</translation>
    </message>
    <message>
        <source>数据库文件已经建立，但其中还没有用户。改正后再点“完成”，会继续使用这个文件。</source>
        <translation>The database file has been created but has no users yet. Correct the problem and click &quot;Finish&quot; again to go on with this file.</translation>
    </message>
    <message>
        <source>无法创建管理员</source>
        <translation>Cannot Create Administrator</translation>
    </message>
    <message>
        <source>正在生成示例数据，请稍候…</source>
        <translation>Generating sample data, please wait…</translation>
    </message>
    <message>
        <source>管理员已经创建，已写入的示例数据会保留。可以取消勾选示例数据后点“完成”继续。</source>
        <translation>The administrator has been created; sample data already written is kept. You can clear the sample data option and click &quot;Finish&quot; to go on.</translation>
    </message>
    <message>
        <source>示例数据未能全部生成</source>
        <translation>Sample Data Not Completely Generated</translation>
    </message>
    <message>
        <source>所有登记、备案和证书数据都保存在数据库中。第一次使用时新建一个即可；已有的数据库文件（例如从另一台电脑复制来的）可以直接打开；中心统一使用服务器时，连接服务器数据库。</source>
        <translation>All registry, filing and certificate data are kept in a database. On first use, simply create a new one; an existing database file (for example one copied from another computer) can be opened directly; where the centre works on a shared server, connect to the server database.</translation>
    </message>
    <message>
        <source>连接中心的服务器数据库（PostgreSQL）(&amp;S)</source>
        <translation>Connect to the centre&apos;s &amp;server database (PostgreSQL)</translation>
    </message>
    <message>
        <source>多台电脑共用中心服务器上的一个 PostgreSQL 数据库。连接信息由服务器管理员提供；密码不会保存。</source>
        <translation>Several computers share one PostgreSQL database on the centre&apos;s server. The server administrator provides the connection details; the password is not saved.</translation>
    </message>
    <message>
        <source>服务器数据库：%1</source>
        <translation>Server database: %1</translation>
    </message>
</context>
<context>
    <name>jd::ui::ImportErrorDialog</name>
    <message>
        <source>导入未完成 — %1</source>
        <translation>Import Not Completed — %1</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>保存错误报告…</source>
        <translation>Save Error Report…</translation>
    </message>
    <message>
        <source>-错误报告.csv</source>
        <translation>-error report.csv</translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation>Save Error Report</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</source>
        <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>请按下表逐条修改后重新导入；可保存错误报告交给填写文件的人。</source>
        <translation>Correct each entry below and import again; you can save the error report for whoever filled in the file.</translation>
    </message>
</context>
<context>
    <name>jd::ui::LoginDialog</name>
    <message>
        <source>离线评分（评审专家）…</source>
        <translation>Offline Scoring (Reviewers)…</translation>
    </message>
    <message>
        <source>打开中心导出的离线评分包（*.jdreview），凭访问码评分，无需登录</source>
        <translation>Open an offline scoring package exported by the centre (*.jdreview) and score with the access code; no sign-in needed</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Please enter your user name and password.</translation>
    </message>
    <message>
        <source>服务器数据库：%1</source>
        <translation>Server database: %1</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>jd::ui::MainWindow</name>
    <message>
        <source>鉴定 Jianding — %1 — %2（%3）</source>
        <translation>Jianding — %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>企业登记</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>职业目录</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>当前用户：%1（%2）</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建企业(&amp;N)</source>
        <translation>&amp;New Enterprise</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印正在编辑或在列表中选中的企业的备案申请表</source>
        <translation>Print the filing application form of the enterprise being edited or selected in the list</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>企业(&amp;E)</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>导出模板(&amp;T)…</source>
        <translation>Export &amp;Template…</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>企业 %1 家</source>
        <translation>%1 enterprises</translation>
    </message>
    <message>
        <source>职业目录 %1 条</source>
        <translation>%1 occupations</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已保存企业（编号 %1）。</source>
        <translation>Enterprise saved (No. %1).</translation>
    </message>
    <message>
        <source>请先在企业列表中选择要打印的企业，或打开企业后再打印。</source>
        <translation>Select the enterprise to print in the enterprise list first, or open it and then print.</translation>
    </message>
    <message>
        <source>导出企业导入模板</source>
        <translation>Export Enterprise Import Template</translation>
    </message>
    <message>
        <source>模板已保存到 %1</source>
        <translation>Template saved to %1</translation>
    </message>
    <message>
        <source>关于 鉴定 Jianding</source>
        <translation>About Jianding</translation>
    </message>
    <message>
        <source>&lt;h3&gt;鉴定 Jianding %1&lt;/h3&gt;&lt;p&gt;天津市职业技能鉴定指导中心 企业职业技能等级认定试点 管理客户端。&lt;/p&gt;&lt;p&gt;依据：津人社办发〔2019〕82号。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br/&gt;数据结构版本：%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jianding %1&lt;/h3&gt;&lt;p&gt;Client of the Tianjin Vocational Skill Appraisal Guidance Centre for the enterprise vocational skill level certification pilot.&lt;/p&gt;&lt;p&gt;Basis: notice 津人社办发〔2019〕82号.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br/&gt;Schema version: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>导出企业导入模板（Excel 或 CSV），发给企业填写</source>
        <translation>Export the enterprise import template (Excel or CSV) to send to enterprises</translation>
    </message>
    <message>
        <source>企业导入模板.xlsx</source>
        <translation>enterprise import template.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>导入企业按模板填写的 CSV、Excel 或 JSON 文件</source>
        <translation>Import a CSV, Excel or JSON file the enterprise filled in from the template</translation>
    </message>
    <message>
        <source>服务器数据库：%1</source>
        <translation>Server database: %1</translation>
    </message>
    <message>
        <source>打开数据库文件(&amp;O)…</source>
        <translation>&amp;Open Database File…</translation>
    </message>
    <message>
        <source>改用另一个数据库文件（*.sqlite），并在其中重新登录</source>
        <translation>Switch to another database file (*.sqlite) and sign in to it</translation>
    </message>
    <message>
        <source>连接服务器数据库(&amp;S)…</source>
        <translation>Connect to &amp;Server Database…</translation>
    </message>
    <message>
        <source>连接中心服务器（PostgreSQL）上的数据库，并在其中重新登录</source>
        <translation>Connect to the database on the centre&apos;s server (PostgreSQL) and sign in to it</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent Databases</translation>
    </message>
    <message>
        <source>%1（服务器）</source>
        <translation>%1 (server)</translation>
    </message>
    <message>
        <source>正在使用：%1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <source>（没有最近打开的数据库）</source>
        <translation>(no recent databases)</translation>
    </message>
    <message>
        <source>清除列表(&amp;C)</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>打开数据库文件</source>
        <translation>Open Database File</translation>
    </message>
    <message>
        <source>数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>Databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>正在使用这个数据库。</source>
        <translation>This database is already in use.</translation>
    </message>
    <message>
        <source>数据库文件“%1”不存在，可能已被移动或删除。已从最近打开的列表中去掉。</source>
        <translation>The database file &quot;%1&quot; does not exist; it may have been moved or deleted. It has been removed from the recent databases.</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot Open Database</translation>
    </message>
</context>
<context>
    <name>jd::ui::NewFilingDialog</name>
    <message>
        <source>新建备案申请</source>
        <translation>New Filing</translation>
    </message>
    <message>
        <source>输入企业名称的一部分</source>
        <translation>Type part of the enterprise name</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1（截止 %2）</source>
        <translation>%1 (deadline %2)</translation>
    </message>
    <message>
        <source>申报企业(&amp;E)</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <source>申报批次(&amp;B)</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>收件日期(&amp;D)</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>新申请的状态为“已提交”，并按附件2、附件3生成材料清单。企业须先在“企业登记”中录入。</source>
        <translation>A new filing has the status &quot;submitted&quot; and gets a materials checklist from Annexes 2 and 3. The enterprise must first be entered under &quot;Enterprises&quot;.</translation>
    </message>
    <message>
        <source>建立申请</source>
        <translation>Create Filing</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>收件日期晚于该批次的截止日期 %1，申请将标记为“逾期提交”。</source>
        <translation>Received after the batch deadline %1; the filing will be marked &quot;Late&quot;.</translation>
    </message>
    <message>
        <source>请从列表中选择申报企业。</source>
        <translation>Please choose the enterprise from the list.</translation>
    </message>
    <message>
        <source>申报企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>没有名称为“%1”的企业。</source>
        <translation>There is no enterprise named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>还没有申报批次，请先在“申报批次”中建立批次。</source>
        <translation>There are no batches yet; create one under &quot;Batches&quot; first.</translation>
    </message>
    <message>
        <source>申报批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>请选择。</source>
        <translation>Please choose one.</translation>
    </message>
</context>
<context>
    <name>jd::ui::NewPlanDialog</name>
    <message>
        <source>新建认定计划</source>
        <translation>New Certification Plan</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>考核场地，如：企业培训中心实操车间</source>
        <translation>Assessment site, e.g. the practical workshop of the training centre</translation>
    </message>
    <message>
        <source>备案的职业（工种）与等级</source>
        <translation>Filed occupations (trades) and levels</translation>
    </message>
    <message>
        <source>试点企业</source>
        <translation>Pilot enterprise</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>认定日期</source>
        <translation>Certification dates</translation>
    </message>
    <message>
        <source>预计人数</source>
        <translation>Expected candidates</translation>
    </message>
    <message>
        <source>考核场地</source>
        <translation>Assessment sites</translation>
    </message>
    <message>
        <source>职业与等级</source>
        <translation>Occupations and levels</translation>
    </message>
    <message>
        <source>考评人员</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>质量督导人员</source>
        <translation>Quality supervisors</translation>
    </message>
    <message>
        <source>保存计划</source>
        <translation>Save Plan</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;b&gt;按报送日期 %1 已逾期&lt;/b&gt;，将标记为“逾期报送”（或按设置拒收）。</source>
        <translation>&lt;br/&gt;&lt;b&gt;Late by the submission date %1&lt;/b&gt;; it will be marked &quot;late&quot; (or refused, depending on the setting).</translation>
    </message>
    <message>
        <source>应于 %1 前报送（开始前 %2 个工作日）</source>
        <translation>Due by %1 (%2 working days before the start)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>jd::ui::NewUserDialog</name>
    <message>
        <source>新建用户</source>
        <translation>New User</translation>
    </message>
    <message>
        <source>2–32 个字母、数字或汉字，登录时使用</source>
        <translation>2–32 letters, digits or Chinese characters, used to sign in</translation>
    </message>
    <message>
        <source>至少 8 位，须同时包含字母和数字</source>
        <translation>At least 8 characters, with both letters and digits</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a user name.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>jd::ui::NumberingView</name>
    <message>
        <source>赋码通知…</source>
        <translation>Assignment Notice…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>作废编号…</source>
        <translation>Void Number…</translation>
    </message>
    <message>
        <source>证书编号解析</source>
        <translation>Certificate Number Decoder</translation>
    </message>
    <message>
        <source>输入或粘贴证书编号（22 位职业技能等级证书编号，或 16 位旧版职业资格证书编号）</source>
        <translation>Type or paste a certificate number (22 characters, or an old 16-digit number)</translation>
    </message>
    <message>
        <source>打印选中企业的赋码通知</source>
        <translation>Print the serial assignment notice of the selected enterprise</translation>
    </message>
    <message>
        <source>把选中企业的赋码通知导出为 PDF</source>
        <translation>Export the serial assignment notice of the selected enterprise as PDF</translation>
    </message>
    <message>
        <source>评价机构序列码台账（按备案顺序赋予，永不重复使用）</source>
        <translation>Organisation serials (assigned in filing order, never reused)</translation>
    </message>
    <message>
        <source>把打印损坏等原因作废的证书编号登记下来</source>
        <translation>Record certificate numbers voided because of misprints and the like</translation>
    </message>
    <message>
        <source>证书号段</source>
        <translation>Serial Blocks</translation>
    </message>
    <message>
        <source>作废编号</source>
        <translation>Void Numbers</translation>
    </message>
    <message>
        <source>作废编号（%1）</source>
        <translation>Void Numbers (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;号段使用&lt;/b&gt;&lt;br/&gt;没有使用超过 90% 的号段。</source>
        <translation>&lt;b&gt;Serial block usage&lt;/b&gt;&lt;br/&gt;No serial block is more than 90% used.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ 号段预警（%1）&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ Serial block warnings (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;已赋码 %1 家，其中冻结（终止或暂停）%2 家；已预留号段 %3 个。</source>
        <translation>&lt;br/&gt;%1 organisation serials assigned, %2 of them frozen (terminated or suspended); %3 serial blocks reserved.</translation>
    </message>
    <message>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1：还没有预留证书号段。认定结果备案确认后，按年份和等级预留连续的顺序号。</source>
        <translation>%1: no serial blocks reserved yet. When a result filing is confirmed, contiguous serials are reserved per year and level.</translation>
    </message>
    <message>
        <source>%1：号段 %2 个，共 %3 个顺序号。</source>
        <translation>%1: %2 serial blocks, %3 serials in all.</translation>
    </message>
    <message>
        <source>证书号段（%1）</source>
        <translation>Serial Blocks (%1)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#555&quot;&gt;编号结构：类别(1) 部备案代码(4) 省份(2) 评价机构序列码(6) 年份(2) 等级(1) 顺序号(6)，共 22 位，无校验位。&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#555&quot;&gt;Structure: type(1) ministry code(4) province(2) organisation serial(6) year(2) level(1) serial(6), 22 characters, no check digit.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-family:monospace; font-size:large&quot;&gt;%1&lt;/span&gt;&lt;br/&gt;&lt;span style=&quot;color:#b03a2e&quot;&gt;✗ %2：%3&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;font-family:monospace; font-size:large&quot;&gt;%1&lt;/span&gt;&lt;br/&gt;&lt;span style=&quot;color:#b03a2e&quot;&gt;✗ %2: %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-family:monospace; font-size:large&quot;&gt;%1&lt;/span&gt;&lt;br/&gt;旧版职业资格证书编号（16 位）：只供查询，本系统不发放此类编号。</source>
        <translation>&lt;span style=&quot;font-family:monospace; font-size:large&quot;&gt;%1&lt;/span&gt;&lt;br/&gt;Old vocational qualification certificate number (16 digits): for look-up only; this system does not issue such numbers.</translation>
    </message>
    <message>
        <source>未赋予此序列码</source>
        <translation>serial not assigned</translation>
    </message>
    <message>
        <source>（已冻结）</source>
        <translation> (frozen)</translation>
    </message>
    <message>
        <source>不在任何已预留的号段内</source>
        <translation>not in any reserved serial block</translation>
    </message>
    <message>
        <source>在 %1–%2 号段内（%3 预留）</source>
        <translation>in serial block %1–%2 (reserved %3)</translation>
    </message>
    <message>
        <source>；&lt;span style=&quot;color:#b03a2e&quot;&gt;已作废：%1&lt;/span&gt;</source>
        <translation>; &lt;span style=&quot;color:#b03a2e&quot;&gt;voided: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>类别：用人单位</source>
        <translation>Type: employer</translation>
    </message>
    <message>
        <source>类别：社会培训评价组织</source>
        <translation>Type: training body</translation>
    </message>
    <message>
        <source>省级备案</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>部备案代码</source>
        <translation>Ministry code</translation>
    </message>
    <message>
        <source>天津</source>
        <translation>Tianjin</translation>
    </message>
    <message>
        <source>省份代码</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>评价机构序列码</source>
        <translation>Org. serial</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>顺序号 %1</source>
        <translation>Serial %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1e7b34&quot;&gt;✓ 格式正确&lt;/span&gt;&#x3000;评价机构：%1；%2</source>
        <translation>&lt;span style=&quot;color:#1e7b34&quot;&gt;✓ Valid format&lt;/span&gt;   Organisation: %1; %2</translation>
    </message>
</context>
<context>
    <name>jd::ui::OccupationCatalogueView</name>
    <message>
        <source>按职业编码或名称检索，如 6-31 或 电工</source>
        <translation>Search by occupation code or name, e.g. 6-31 or 电工</translation>
    </message>
    <message>
        <source>导入职业目录…</source>
        <translation>Import Occupations…</translation>
    </message>
    <message>
        <source>导入完整的职业分类大典（CSV，表头为 版本,职业编码,职业名称）</source>
        <translation>Import the complete Occupational Classification (CSV with the header edition,code,name)</translation>
    </message>
    <message>
        <source>《中华人民共和国职业分类大典》参考目录，只读。试点只受理第三至六大类的技能类职业；国家职业资格目录内的准入类职业不纳入企业技能等级认定。</source>
        <translation>Reference list from the Occupational Classification of the People&apos;s Republic of China (read-only). The pilot accepts only skill-type occupations of major groups 3 to 6; access-type occupations in the National Vocational Qualification Catalogue are excluded from enterprise skill level certification.</translation>
    </message>
    <message>
        <source>目录共 %1 条。</source>
        <translation> %1 occupations in the list.</translation>
    </message>
    <message>
        <source>没有符合条件的职业。</source>
        <translation>No matching occupations.</translation>
    </message>
    <message>
        <source>显示前 %1 条，请输入更多文字缩小范围。</source>
        <translation>Showing the first %1; type more to narrow the search.</translation>
    </message>
    <message>
        <source>找到 %1 条。</source>
        <translation>%1 found.</translation>
    </message>
    <message>
        <source>导入职业目录</source>
        <translation>Import Occupations</translation>
    </message>
    <message>
        <source>职业目录未导入</source>
        <translation>Occupations Not Imported</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import Completed</translation>
    </message>
    <message>
        <source>已导入 %1 条职业。</source>
        <translation>%1 occupations imported.</translation>
    </message>
    <message>
        <source>职业目录 (*.csv *.xlsx);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</source>
        <translation>Occupation catalogues (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>jd::ui::OccupationCodeDelegate</name>
    <message>
        <source>输入编码或名称，如 6-31 或 电工</source>
        <translation>Type a code or name, e.g. 6-31 or 电工</translation>
    </message>
</context>
<context>
    <name>jd::ui::OccupationTableModel</name>
    <message>
        <source>职业编码</source>
        <translation>Occupation code</translation>
    </message>
    <message>
        <source>职业名称</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>工种/职业方向</source>
        <translation>Trade/specialisation</translation>
    </message>
    <message>
        <source>认定依据</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>申报等级</source>
        <translation>Levels applied for</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>jd::ui::OrgSerialLedgerModel</name>
    <message>
        <source>序列码</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>赋码日期</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>备案状态</source>
        <translation>Filing status</translation>
    </message>
    <message>
        <source>号段</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>已冻结</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>可用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>该企业已%1，证书编号冻结：不再分配新的证书号段，已发证书不受影响。</source>
        <translation>The enterprise is &quot;%1&quot; and its certificate numbers are frozen: no new serial blocks are assigned; certificates already issued are not affected.</translation>
    </message>
</context>
<context>
    <name>jd::ui::PanelMemberModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>职称/技能等级</source>
        <translation>Title/skill level</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>已评 %1/%2 项</source>
        <translation>%1/%2 scored</translation>
    </message>
    <message>
        <source>在组</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已更换：%1</source>
        <translation>Replaced: %1</translation>
    </message>
    <message>
        <source>（由%1递补）</source>
        <translation> (substitute for %1)</translation>
    </message>
    <message>
        <source>%1 已被更换，理由：%2</source>
        <translation>%1 was replaced; reason: %2</translation>
    </message>
</context>
<context>
    <name>jd::ui::PanelResultModel</name>
    <message>
        <source>第 %1 位专家 %2（%3）</source>
        <translation>Expert %1: %2 (%3)</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>满分/权重</source>
        <translation>Max/weight</translation>
    </message>
    <message>
        <source>汇总分（去高低）</source>
        <translation>Aggregate (trimmed)</translation>
    </message>
    <message>
        <source>汇总分</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>极差</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>分歧</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>%1 / 否决项</source>
        <translation>%1 / veto item</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>⚠ 分歧</source>
        <translation>⚠ Spread</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>%1 位专家评分，最低 %2，最高 %3；折合 %4 分（权重 %5）</source>
        <translation>Scored by %1 experts, lowest %2, highest %3; worth %4 points (weight %5)</translation>
    </message>
    <message>
        <source>专家评分的极差 %1 超过该项的分歧阈值，请专家组核实。</source>
        <translation>The spread of the experts&apos; scores (%1) exceeds this criterion&apos;s threshold; the panel should check.</translation>
    </message>
    <message>
        <source>否决项汇总分低于满分的一半，触发否决。</source>
        <translation>The aggregate of this veto item is below half of its maximum: veto triggered.</translation>
    </message>
</context>
<context>
    <name>jd::ui::PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>重设“%1”的密码</source>
        <translation>Reset the Password of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>至少 8 位，须同时包含字母和数字</source>
        <translation>At least 8 characters, with both letters and digits</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>重设后请把新密码当面告知本人，并请其登录后自行修改。</source>
        <translation>After resetting, tell the user the new password in person and ask them to change it after signing in.</translation>
    </message>
    <message>
        <source>请输入当前密码。</source>
        <translation>Please enter the current password.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>jd::ui::PersonTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>主要工作职责</source>
        <translation>Main duties</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>专业方向</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>职称/技能等级</source>
        <translation>Title/skill level</translation>
    </message>
    <message>
        <source>考评职业领域</source>
        <translation>Occupations assessed</translation>
    </message>
</context>
<context>
    <name>jd::ui::PilotCatalogueView</name>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>目录版本（每次公布、暂停、恢复或终止都生成新版本）</source>
        <translation>Catalogue versions (each publication, suspension, reinstatement or termination creates a new version)</translation>
    </message>
    <message>
        <source>尚未公布试点企业目录。备案申请经人社部复核通过并公布后，企业列入目录并获得评价机构序列码。</source>
        <translation>No pilot enterprise catalogue has been published yet. When a filing has passed the ministry review and is published, the enterprise enters the catalogue and receives an organisation serial.</translation>
    </message>
    <message>
        <source>全市开展职业技能等级认定试点企业目录&#x3000;第 %1 版（%2 生效，共 %3 家）</source>
        <translation>Pilot Enterprise Catalogue   version %1 (effective %2, %3 enterprises)</translation>
    </message>
    <message>
        <source>试点企业目录-第%1版-%2</source>
        <translation>pilot catalogue-v%1-%2</translation>
    </message>
</context>
<context>
    <name>jd::ui::PlanListModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>认定日期</source>
        <translation>Certification dates</translation>
    </message>
    <message>
        <source>职业（等级）</source>
        <translation>Occupations (levels)</translation>
    </message>
    <message>
        <source>预计人数</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>报送期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>逾期报送</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>报送日期 %1 晚于期限 %2（开始前 %3 个工作日）。</source>
        <translation>Submitted %1, after the due date %2 (%3 working days before the start).</translation>
    </message>
    <message>
        <source>考核场地：%1
考评人员：%2
质量督导人员：%3</source>
        <translation>Assessment sites: %1
Assessors: %2
Quality supervisors: %3</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>jd::ui::PlanListView</name>
    <message>
        <source>提示（接收并标记逾期）</source>
        <translation>Warn (accept and mark late)</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>开始前不足 %1 个工作日报送的计划如何处理</source>
        <translation>How to handle plans submitted less than %1 working days before the start</translation>
    </message>
    <message>
        <source>新建计划…</source>
        <translation>New Plan…</translation>
    </message>
    <message>
        <source>登记企业报送的认定实施计划</source>
        <translation>Record a certification plan submitted by an enterprise</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>逾期计划</source>
        <translation>Late plans</translation>
    </message>
    <message>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <source>没有认定计划。</source>
        <translation>No certification plans.</translation>
    </message>
    <message>
        <source>共 %1 份认定计划</source>
        <translation>%1 certification plans</translation>
    </message>
    <message>
        <source>，其中逾期报送 %1 份</source>
        <translation>, %1 submitted late</translation>
    </message>
</context>
<context>
    <name>jd::ui::RecommendedListModel</name>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>专家组意见</source>
        <translation>Panel opinion</translation>
    </message>
    <message>
        <source>去掉最高、最低分后平均</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>（%1 位专家）</source>
        <translation> (%1 experts)</translation>
    </message>
    <message>
        <source>建议推荐</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>评分未完成</source>
        <translation>Scoring incomplete</translation>
    </message>
    <message>
        <source>不予推荐（否决项）</source>
        <translation>Not recommended (veto item)</translation>
    </message>
    <message>
        <source>不予推荐（低于合格线 %1）</source>
        <translation>Not recommended (below pass line %1)</translation>
    </message>
    <message>
        <source>不予推荐</source>
        <translation>Not recommended</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>尚缺：
%1</source>
        <translation>Still missing:
%1</translation>
    </message>
    <message>
        <source>总分 %1，合格线 %2</source>
        <translation>Total %1, pass line %2</translation>
    </message>
    <message>
        <source>否决项低于满分的一半：%1</source>
        <translation>Veto items below half of the maximum: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>jd::ui::RecommendedListView</name>
    <message>
        <source>打印预览(&amp;P)…</source>
        <translation>Print &amp;Preview…</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>申报批次(&amp;B)</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>预览并打印本批次的《企业职业技能等级认定试点评审建议名单》</source>
        <translation>Preview and print this batch&apos;s recommended list</translation>
    </message>
    <message>
        <source>还没有申报批次。</source>
        <translation>There are no batches yet.</translation>
    </message>
    <message>
        <source>本批次还没有抽取评审专家组的备案申请。</source>
        <translation>No filing in this batch has an expert panel yet.</translation>
    </message>
    <message>
        <source>本批次已评审 %1 家，建议推荐 %2 家</source>
        <translation>%1 enterprises reviewed in this batch, %2 recommended</translation>
    </message>
    <message>
        <source>，评分未完成 %1 家</source>
        <translation>, %1 with scoring incomplete</translation>
    </message>
    <message>
        <source>。双击一行打开该备案申请。</source>
        <translation>. Double-click a row to open the filing.</translation>
    </message>
    <message>
        <source>%1-评审建议名单</source>
        <translation>%1-recommended list</translation>
    </message>
</context>
<context>
    <name>jd::ui::ReplaceMemberDialog</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>专业领域</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <source>能否递补</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>可以</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已在（或曾在）本专家组</source>
        <translation>Is (or was) on this panel</translation>
    </message>
    <message>
        <source>须回避：%1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message>
        <source>专业领域与申报职业不对口</source>
        <translation>Specialties do not match the occupations</translation>
    </message>
    <message>
        <source>按抽取顺序递补(&amp;N)</source>
        <translation>&amp;Next in draw order</translation>
    </message>
    <message>
        <source>指定专家(&amp;C)：</source>
        <translation>&amp;Choose expert:</translation>
    </message>
    <message>
        <source>更换专家 — %1</source>
        <translation>Replace Expert — %1</translation>
    </message>
    <message>
        <source>更换第 %1 位专家 &lt;b&gt;%2&lt;/b&gt;（%3）。被更换的专家仍保留在记录中。</source>
        <translation>Replace expert %1, &lt;b&gt;%2&lt;/b&gt; (%3). The replaced expert stays on record.</translation>
    </message>
    <message>
        <source>由抽取时按随机种子排定顺序中的下一位可以到场的专家递补</source>
        <translation>Substitute the next available expert in the order fixed by the random seed at the draw</translation>
    </message>
    <message>
        <source>专家库共 %1 名专家，其中 %2 名可以递补；其余专家的原因列在“能否递补”一栏。</source>
        <translation>The expert pool has %1 experts, %2 of whom can substitute; the reasons for the others are in the &quot;Eligible&quot; column.</translation>
    </message>
    <message>
        <source>更换理由(&amp;R)（必填）：</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>如：因病不能到场；与企业存在利害关系，主动申请回避</source>
        <translation>e.g. cannot attend due to illness; has an interest in the enterprise and stood down</translation>
    </message>
    <message>
        <source>更换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>请写明更换理由。</source>
        <translation>Please give the reason for the replacement.</translation>
    </message>
    <message>
        <source>请在表中选择一名可以递补的专家。</source>
        <translation>Please select an eligible expert in the table.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jd::ui::ResultImportDialog</name>
    <message>
        <source>导入认定结果名单</source>
        <translation>Import Certification Results</translation>
    </message>
    <message>
        <source>%1  %2  %3 至 %4  %5</source>
        <translation>%1  %2  %3 to %4  %5</translation>
    </message>
    <message>
        <source>企业按模板填写的结果名单（.xlsx 或 .csv）</source>
        <translation>Result list the enterprise filled in from the template (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>认定计划</source>
        <translation>Certification plan</translation>
    </message>
    <message>
        <source>结果名单文件</source>
        <translation>Result list file</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>名单逐行检查；只要有一处问题，整份名单都不导入，并列出全部问题。</source>
        <translation>Every row is checked; if there is any problem, nothing in the list is imported and all problems are listed.</translation>
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
        <source>选择结果名单</source>
        <translation>Choose Result List</translation>
    </message>
    <message>
        <source>结果名单 (*.xlsx *.csv)</source>
        <translation>Result lists (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>jd::ui::ResultListModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>报送期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>合格/人数</source>
        <translation>Passed/total</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>已确认（%1）</source>
        <translation>Confirmed (%1)</translation>
    </message>
    <message>
        <source>待确认</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>逾期报送</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>报送日期 %1 晚于期限 %2（认定结束后 %3 个工作日）。</source>
        <translation>Submitted %1, after the due date %2 (%3 working days after the certification ends).</translation>
    </message>
</context>
<context>
    <name>jd::ui::ResultListView</name>
    <message>
        <source>确认…</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <source>导入结果名单…</source>
        <translation>Import Results…</translation>
    </message>
    <message>
        <source>下载模板…</source>
        <translation>Save Template…</translation>
    </message>
    <message>
        <source>保存结果名单模板（.xlsx，含填写说明），发给企业填写</source>
        <translation>Save the result list template (.xlsx, with instructions) for enterprises to fill in</translation>
    </message>
    <message>
        <source>确认选中的结果备案，并为合格人员编制证书编号</source>
        <translation>Confirm the selected result filing and number the certificates of those who passed</translation>
    </message>
    <message>
        <source>还没有认定结果备案。</source>
        <translation>There are no result filings yet.</translation>
    </message>
    <message>
        <source>共 %1 份结果备案，待确认 %2 份，逾期报送 %3 份。</source>
        <translation>%1 result filings, %2 to confirm, %3 submitted late.</translation>
    </message>
    <message>
        <source>选择一份结果备案，查看名单。</source>
        <translation>Select a result filing to see its list.</translation>
    </message>
    <message>
        <source>结果备案 %1 的名单：%2 人，合格 %3 人</source>
        <translation>List of result filing %1: %2 candidates, %3 passed</translation>
    </message>
    <message>
        <source>已导入“%1”：%2 人（结果备案 %3，编码 %4）。请审核员核对后确认。</source>
        <translation>Imported &quot;%1&quot;: %2 candidates (result filing %3, encoding %4). A supervisor should check and confirm it.</translation>
    </message>
    <message>
        <source>下载结果名单模板</source>
        <translation>Save Result List Template</translation>
    </message>
    <message>
        <source>认定结果名单模板.xlsx</source>
        <translation>result list template.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>模板已保存到 %1</source>
        <translation>Template saved to %1</translation>
    </message>
    <message>
        <source>确认 %1 的认定结果备案 %2？

名单 %3 人，其中合格 %4 人。确认后将为合格的 %4 人编制证书编号（每个等级占用一个连续号段），不能撤回。</source>
        <translation>Confirm result filing %2 of %1?

The list has %3 candidates, %4 of whom passed. Confirming numbers the certificates of the %4 who passed (one contiguous serial block per level) and cannot be undone.</translation>
    </message>
    <message>
        <source>确认认定结果</source>
        <translation>Confirm Results</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 年 %2：%3–%4</source>
        <translation>%1 %2: %3–%4</translation>
    </message>
    <message>
        <source>已确认结果备案 %1，编制证书 %2 本。号段：%3</source>
        <translation>Result filing %1 confirmed; %2 certificates numbered. Serial blocks: %3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>正在导入结果名单…</source>
        <translation>Importing the result list…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导入结果名单</source>
        <translation>Import Result List</translation>
    </message>
    <message>
        <source>正在检查第 %1 / %2 行…</source>
        <translation>Checking row %1 of %2…</translation>
    </message>
    <message>
        <source>正在写入 %1 行…</source>
        <translation>Writing %1 rows…</translation>
    </message>
    <message>
        <source>已取消导入“%1”，未导入任何数据。</source>
        <translation>Import of &quot;%1&quot; cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>请企业按下表逐条修改后重新报送；可点击“保存错误报告…”把报告发给企业。</source>
        <translation>The enterprise should correct each entry below and submit again; click &quot;Save Error Report…&quot; to send the report to the enterprise.</translation>
    </message>
</context>
<context>
    <name>jd::ui::ResultRowModel</name>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>工种/职业方向</source>
        <translation>Trade/specialisation</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>理论知识</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>操作技能</source>
        <translation>Practical</translation>
    </message>
    <message>
        <source>综合评审</source>
        <translation>Overall review</translation>
    </message>
    <message>
        <source>是否合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>天津参保</source>
        <translation>Insured in Tianjin</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>jd::ui::ReviewTemplateModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Max score</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>否决项</source>
        <translation>Veto item</translation>
    </message>
    <message>
        <source>分歧阈值</source>
        <translation>Spread limit</translation>
    </message>
    <message>
        <source>评分说明</source>
        <translation>Scoring guidance</translation>
    </message>
    <message>
        <source>专家对该项打分的满分</source>
        <translation>The highest score an expert can give for this criterion</translation>
    </message>
    <message>
        <source>该项在 100 分总分中所占的分数；全部评分项的权重合计应为 100</source>
        <translation>Points this criterion contributes to the total of 100; the weights of all criteria must add up to 100</translation>
    </message>
    <message>
        <source>否决项：专家组对该项的评分低于满分的一半时，不予推荐</source>
        <translation>Veto item: if the panel&apos;s score for it is below half of its maximum, the enterprise is not recommended</translation>
    </message>
    <message>
        <source>专家评分的最高分与最低分之差超过该值时，标出分歧</source>
        <translation>Flag the criterion when the highest and lowest expert scores differ by more than this</translation>
    </message>
    <message>
        <source>小计 %1</source>
        <translation>Subtotal %1</translation>
    </message>
    <message>
        <source>否决</source>
        <translation>Veto</translation>
    </message>
    <message>
        <source>新分组</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>新评分项</source>
        <translation>New criterion</translation>
    </message>
</context>
<context>
    <name>jd::ui::ReviewTemplateView</name>
    <message>
        <source>添加分组(&amp;G)</source>
        <translation>Add &amp;Group</translation>
    </message>
    <message>
        <source>添加评分项(&amp;A)</source>
        <translation>&amp;Add Criterion</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>下移(&amp;N)</source>
        <translation>Move Dow&amp;n</translation>
    </message>
    <message>
        <source>保存为新版本(&amp;V)</source>
        <translation>Save as New Ve&amp;rsion</translation>
    </message>
    <message>
        <source>每次保存生成一个新版本；已评分的备案申请保留评分时使用的版本</source>
        <translation>Each save creates a new version; filings already scored keep the version they were scored with</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <source>总分（满分 100）达到合格线、且无否决项时，建议推荐</source>
        <translation>An enterprise is recommended when its total (out of 100) reaches the pass line and no veto item is triggered</translation>
    </message>
    <message>
        <source>依据、适用范围或本版的修改说明</source>
        <translation>Basis, scope, or what changed in this version</translation>
    </message>
    <message>
        <source>在当前分组之后添加一个分组</source>
        <translation>Add a group after the current one</translation>
    </message>
    <message>
        <source>在当前分组中添加一个评分项（Insert）</source>
        <translation>Add a criterion to the current group (Insert)</translation>
    </message>
    <message>
        <source>删除选中的分组或评分项（Delete）</source>
        <translation>Delete the selected group or criterion (Delete)</translation>
    </message>
    <message>
        <source>在同级中上移（Ctrl+↑）</source>
        <translation>Move up among its siblings (Ctrl+↑)</translation>
    </message>
    <message>
        <source>在同级中下移（Ctrl+↓）</source>
        <translation>Move down among its siblings (Ctrl+↓)</translation>
    </message>
    <message>
        <source>把当前内容保存为评分标准的新版本（Ctrl+S）；此后抽取的评审专家组按新版本评分</source>
        <translation>Save the current content as a new version of the criteria template (Ctrl+S); panels drawn from now on score by the new version</translation>
    </message>
    <message>
        <source>版本(&amp;B)</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>标准名称(&amp;M)</source>
        <translation>Template na&amp;me</translation>
    </message>
    <message>
        <source>合格线(&amp;P)</source>
        <translation>&amp;Pass line</translation>
    </message>
    <message>
        <source>说明(&amp;O)</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>小计 100</source>
        <translation>Subtotal 100</translation>
    </message>
    <message>
        <source>评分标准只有管理员可以修改；您可以查看各版本的内容。</source>
        <translation>Only administrators can change the criteria template; you can view every version.</translation>
    </message>
    <message>
        <source>第 %1 版</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · 现行</source>
        <translation> · current</translation>
    </message>
    <message>
        <source>权重合计 %1 / 100</source>
        <translation>Weights total %1 / 100</translation>
    </message>
    <message>
        <source>各评分项权重合计为 100，总分满分 100。</source>
        <translation>The criteria weights add up to 100; the maximum total is 100.</translation>
    </message>
    <message>
        <source>各评分项权重合计应为 100，现为 %1；保存前请调整。</source>
        <translation>The criteria weights must add up to 100 but total %1; adjust them before saving.</translation>
    </message>
    <message>
        <source>第 %1 版，%2 由 %3 保存</source>
        <translation>Version %1, saved %2 by %3</translation>
    </message>
    <message>
        <source>；评分项 %1 个</source>
        <translation>; %1 criteria</translation>
    </message>
    <message>
        <source>&#x3000;（有未保存的修改，保存后成为新版本）</source>
        <translation>  (unsaved changes; saving creates a new version)</translation>
    </message>
    <message>
        <source>删除分组</source>
        <translation>Delete Group</translation>
    </message>
    <message>
        <source>分组“%1”下有 %2 个评分项，将一并删除。确定吗？</source>
        <translation>The group &quot;%1&quot; has %2 criteria, which will be deleted with it. Continue?</translation>
    </message>
    <message>
        <source>评分标准未保存</source>
        <translation>Criteria Template Not Saved</translation>
    </message>
    <message>
        <source>分组“%1”</source>
        <translation>Group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>分组下还没有评分项：请添加评分项，或删除该分组。</source>
        <translation>The group has no criteria: add criteria or delete the group.</translation>
    </message>
    <message>
        <source>评分标准有空的分组，未保存。</source>
        <translation>The criteria template has an empty group and was not saved.</translation>
    </message>
    <message>
        <source>&#x3000;已保存为第 %1 版。</source>
        <translation>  Saved as version %1.</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>评分标准有尚未保存的修改。放弃这些修改、查看其他版本吗？</source>
        <translation>The criteria template has unsaved changes. Discard them and view another version?</translation>
    </message>
</context>
<context>
    <name>jd::ui::ReviewWorkspace</name>
    <message>
        <source>专家库</source>
        <translation>Expert Pool</translation>
    </message>
    <message>
        <source>评分标准</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>建议名单</source>
        <translation>Recommended List</translation>
    </message>
    <message>
        <source>评审(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>专家库(&amp;P)</source>
        <translation>Expert &amp;Pool</translation>
    </message>
    <message>
        <source>新增专家(&amp;N)…</source>
        <translation>&amp;New Expert…</translation>
    </message>
    <message>
        <source>导入专家名单(&amp;I)…</source>
        <translation>&amp;Import Expert List…</translation>
    </message>
    <message>
        <source>导入按模板填写的专家名单（CSV 或 XLSX），有任何错误时整份文件不导入</source>
        <translation>Import an expert list filled in from the template (CSV or XLSX); if there is any error, nothing in the file is imported</translation>
    </message>
    <message>
        <source>导出专家库(&amp;X)…</source>
        <translation>E&amp;xport Expert Pool…</translation>
    </message>
    <message>
        <source>导出专家名单模板(&amp;T)…</source>
        <translation>Export Expert List &amp;Template…</translation>
    </message>
    <message>
        <source>评分标准(&amp;C)</source>
        <translation>&amp;Criteria Template</translation>
    </message>
    <message>
        <source>评分标准保存为新版本(&amp;V)</source>
        <translation>Save Criteria as New &amp;Version</translation>
    </message>
    <message>
        <source>建议名单(&amp;L)</source>
        <translation>Recommended &amp;List</translation>
    </message>
    <message>
        <source>打印建议名单(&amp;R)…</source>
        <translation>P&amp;rint Recommended List…</translation>
    </message>
    <message>
        <source>建议名单导出 PDF(&amp;D)…</source>
        <translation>Export Recommended List as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>jd::ui::ReviewerWindow</name>
    <message>
        <source>输入访问码</source>
        <translation>Enter Access Code</translation>
    </message>
    <message>
        <source>打开离线评分包 &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;请输入中心导出评分包时给您的 12 位访问码（如 ABCD-EFGH-JKMN，不区分大小写）。</source>
        <translation>Opening the offline scoring package &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Enter the 12-character access code the centre gave you with the package (e.g. ABCD-EFGH-JKMN, not case-sensitive).</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>离线评分 — 鉴定 Jianding</source>
        <translation>Offline Scoring — Jianding</translation>
    </message>
    <message>
        <source>离线评分包 (*.jdreview)</source>
        <translation>Offline scoring packages (*.jdreview)</translation>
    </message>
    <message>
        <source>评分包另存为</source>
        <translation>Save Scoring Package As</translation>
    </message>
    <message>
        <source>打开离线评分包</source>
        <translation>Open Offline Scoring Package</translation>
    </message>
    <message>
        <source>;;所有文件 (*)</source>
        <translation>;;All files (*)</translation>
    </message>
    <message>
        <source>评分尚未保存</source>
        <translation>Scores Not Saved</translation>
    </message>
    <message>
        <source>评分包有未保存的修改。是否保存到评分包文件？</source>
        <translation>The scoring package has unsaved changes. Save them to the package file?</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开评分包(&amp;O)…</source>
        <translation>&amp;Open Package…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>打印评分表(&amp;P)…</source>
        <translation>&amp;Print Score Sheet…</translation>
    </message>
    <message>
        <source>评分表导出 PDF(&amp;E)…</source>
        <translation>&amp;Export Score Sheet as PDF…</translation>
    </message>
    <message>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>评分包</source>
        <translation>Scoring Package</translation>
    </message>
    <message>
        <source>&lt;h2&gt;离线评分（评审专家）&lt;/h2&gt;&lt;p&gt;打开中心为您导出的离线评分包（*.jdreview），输入中心给您的访问码，即可在本机评分。&lt;/p&gt;&lt;p&gt;评分随时保存回同一个文件；评分完成后把文件交回中心导入。&lt;br/&gt;本模式不使用也不创建中心的数据库。&lt;/p&gt;&lt;p&gt;文件 → 打开评分包（Ctrl+O）&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Offline Scoring (Reviewers)&lt;/h2&gt;&lt;p&gt;Open the offline scoring package (*.jdreview) the centre exported for you and enter the access code the centre gave you to score on this computer.&lt;/p&gt;&lt;p&gt;Scores are saved back into the same file at any time; when you have finished, return the file to the centre for import.&lt;br/&gt;This mode neither uses nor creates the centre&apos;s database.&lt;/p&gt;&lt;p&gt;File → Open Package (Ctrl+O)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>评审对象</source>
        <translation>Under Review</translation>
    </message>
    <message>
        <source>申报企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>申报职业</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <source>现场评估</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <source>评审专家</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>已打开评分包 %1</source>
        <translation>Opened scoring package %1</translation>
    </message>
    <message>
        <source>还没有打开评分包。</source>
        <translation>No scoring package is open.</translation>
    </message>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>已另存为 %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>离线评分 — %1 — %2[*]</source>
        <translation>Offline Scoring — %1 — %2[*]</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1&#x3000;%2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>日期未定</source>
        <translation>date not set</translation>
    </message>
    <message>
        <source>地点未定</source>
        <translation>place not set</translation>
    </message>
    <message>
        <source>未打开评分包</source>
        <translation>No package open</translation>
    </message>
    <message>
        <source>。评分完整，保存后请把文件交回中心。</source>
        <translation>. Scoring complete: save, then return the file to the centre.</translation>
    </message>
    <message>
        <source>。尚有 %1 项未评，评分包须填完才能被中心导入。</source>
        <translation>. %1 criteria still unscored; the centre can import the package only when it is complete.</translation>
    </message>
    <message>
        <source>（有未保存的修改）</source>
        <translation> (unsaved changes)</translation>
    </message>
    <message>
        <source>评分表-%1-%2</source>
        <translation>score sheet-%1-%2</translation>
    </message>
    <message>
        <source>%1&#x3000;备案申请 %2&#x3000;%3 于 %4 导出&#x3000;评分标准第 %5 版</source>
        <translation>%1   filing %2   exported by %3 on %4   criteria version %5</translation>
    </message>
    <message>
        <source>%1
评分标准：%2</source>
        <translation>%1
Criteria: %2</translation>
    </message>
</context>
<context>
    <name>jd::ui::ScanDelegate</name>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>该企业还没有扫描件：请先在企业登记的“附件”页添加。</source>
        <translation>The enterprise has no scans yet: add them first on the &quot;Attachments&quot; page of its register entry.</translation>
    </message>
</context>
<context>
    <name>jd::ui::ScoreSheetDialog</name>
    <message>
        <source>评分尚未保存</source>
        <translation>Scores Not Saved</translation>
    </message>
    <message>
        <source>评分表有未保存的修改。是否保存？</source>
        <translation>The score sheet has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>查看评分 — %1</source>
        <translation>View Scores — %1</translation>
    </message>
    <message>
        <source>录入评分 — %1</source>
        <translation>Enter Scores — %1</translation>
    </message>
    <message>
        <source>（来自离线评分包）</source>
        <translation> (from an offline scoring package)</translation>
    </message>
    <message>
        <source>（来自评分文件导入）</source>
        <translation> (imported from a score file)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;评审专家：&lt;b&gt;%2&lt;/b&gt;%3&#x3000;&#x3000;评分标准：%4（第 %5 版，合格线 %6 分）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Reviewer: &lt;b&gt;%2&lt;/b&gt;%3      Criteria: %4 (version %5, pass line %6)</translation>
    </message>
    <message>
        <source>只读：当前状态或权限不允许修改评分。</source>
        <translation>Read-only: the current status or your permissions do not allow changing scores.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>未保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jd::ui::ScoreSheetForm</name>
    <message>
        <source>专家对该企业的总体评价、存在问题和改进建议</source>
        <translation>The expert&apos;s overall assessment of the enterprise, problems found and suggestions</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>专家意见(&amp;O)</source>
        <translation>Expert &amp;opinion</translation>
    </message>
    <message>
        <source>签字日期(&amp;D)</source>
        <translation>&amp;Date signed</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>满分 / 权重</source>
        <translation>Max / weight</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>评语</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>［否决项］</source>
        <translation>[veto item]</translation>
    </message>
    <message>
        <source>%1 / 否决</source>
        <translation>%1 / veto</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>符合（%1 分）</source>
        <translation>Met (%1 points)</translation>
    </message>
    <message>
        <source>不符合（0 分）</source>
        <translation>Not met (0 points)</translation>
    </message>
    <message>
        <source>0 到 %1 分，最多两位小数；清空为“未评”</source>
        <translation>0 to %1 points, up to two decimals; clear it for &quot;not scored&quot;</translation>
    </message>
    <message>
        <source>%1 %2 得分</source>
        <translation>%1 %2 score</translation>
    </message>
    <message>
        <source>%1 评语</source>
        <translation>%1 comment</translation>
    </message>
    <message>
        <source>评语（可选）</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>已评 %1 / %2 项，本表合计 %3 / 100</source>
        <translation>%1 / %2 scored, sheet total %3 / 100</translation>
    </message>
    <message>
        <source>已评分</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>此项尚未评分</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>本表合计 %1 / 100</source>
        <translation>Sheet total %1 / 100</translation>
    </message>
    <message>
        <source>已评 %1 / %1 项，评分完整</source>
        <translation>%1 / %1 scored, complete</translation>
    </message>
    <message>
        <source>已评 %1 / %2 项，尚有 %3 项未评</source>
        <translation>%1 / %2 scored, %3 still to score</translation>
    </message>
</context>
<context>
    <name>jd::ui::SerialBlockModel</name>
    <message>
        <source>序列码</source>
        <translation>Org. serial</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>起始号</source>
        <translation>First</translation>
    </message>
    <message>
        <source>终止号</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>预留日期</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>本级已用</source>
        <translation>Used at level</translation>
    </message>
    <message>
        <source>%1（%2%）</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>证书编号 %1 至 %2</source>
        <translation>Certificate numbers %1 to %2</translation>
    </message>
    <message>
        <source>评价机构 %1 的 %2 年 %3 级顺序号共 999999 个，已预留 %4 个，其中作废 %5 个。%6</source>
        <translation>Organisation %1 has 999999 serials for %2, level %3: %4 reserved, %5 of them voided. %6</translation>
    </message>
    <message>
        <source>已超过 90%，请关注。</source>
        <translation>Over 90% used; please keep an eye on it.</translation>
    </message>
</context>
<context>
    <name>jd::ui::ServerConnectionDialog</name>
    <message>
        <source>连接服务器数据库</source>
        <translation>Connect to Server Database</translation>
    </message>
    <message>
        <source>填写中心服务器（PostgreSQL）的连接信息。服务器、数据库和用户名由服务器管理员提供；密码只用于这次连接，不会保存。</source>
        <translation>Enter the connection details of the centre&apos;s server (PostgreSQL). The server administrator provides the server, database and user name; the password is used for this connection only and is not saved.</translation>
    </message>
    <message>
        <source>连接(&amp;C)</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>jd::ui::ServerConnectionForm</name>
    <message>
        <source>服务器名或 IP 地址，如 192.168.1.10</source>
        <translation>Server name or IP address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>如 jianding</source>
        <translation>e.g. jianding</translation>
    </message>
    <message>
        <source>服务器管理员分配的数据库用户</source>
        <translation>Database user given by the server administrator</translation>
    </message>
    <message>
        <source>可不填（使用服务器的默认模式 public）</source>
        <translation>Optional (the server&apos;s default schema, public)</translation>
    </message>
    <message>
        <source>每次连接时输入，不会保存</source>
        <translation>Entered at each connection, never saved</translation>
    </message>
    <message>
        <source>服务器(&amp;H)</source>
        <translation>Server (&amp;host)</translation>
    </message>
    <message>
        <source>端口(&amp;T)</source>
        <translation>Por&amp;t</translation>
    </message>
    <message>
        <source>数据库(&amp;A)</source>
        <translation>D&amp;atabase</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>模式(&amp;M)</source>
        <translation>Sche&amp;ma</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>请填写“服务器”：服务器名或 IP 地址，例如 192.168.1.10。</source>
        <translation>Please fill in &quot;Server&quot;: the server name or IP address, e.g. 192.168.1.10.</translation>
    </message>
    <message>
        <source>“服务器”一栏只填服务器名或 IP 地址，不填完整的连接地址。</source>
        <translation>&quot;Server&quot; takes only the server name or IP address, not a complete connection address.</translation>
    </message>
    <message>
        <source>“服务器”一栏只填服务器名或 IP 地址；端口%1请填在“端口”一栏。</source>
        <translation>&quot;Server&quot; takes only the server name or IP address; enter the port%1in the &quot;Port&quot; field.</translation>
    </message>
    <message>
        <source>“服务器”一栏的“%1”不是有效的服务器名或 IP 地址。</source>
        <translation>&quot;%1&quot; in &quot;Server&quot; is not a valid server name or IP address.</translation>
    </message>
    <message>
        <source>“端口”应是 1 到 65535 之间的整数（PostgreSQL 通常为 5432）。</source>
        <translation>&quot;Port&quot; must be a whole number from 1 to 65535 (PostgreSQL usually uses 5432).</translation>
    </message>
    <message>
        <source>请填写“数据库”：服务器上 Jianding 数据库的名称，例如 jianding。</source>
        <translation>Please fill in &quot;Database&quot;: the name of the Jianding database on the server, e.g. jianding.</translation>
    </message>
    <message>
        <source>“数据库”名称不能包含空格、“/”或“?”。</source>
        <translation>The &quot;Database&quot; name cannot contain spaces, &quot;/&quot; or &quot;?&quot;.</translation>
    </message>
    <message>
        <source>请填写“用户名”：服务器上的数据库用户。</source>
        <translation>Please fill in &quot;User name&quot;: the database user on the server.</translation>
    </message>
    <message>
        <source>“模式”只能由小写字母、数字和下划线组成，且不以数字开头；不需要时留空。</source>
        <translation>&quot;Schema&quot; may contain only lower-case letters, digits and underscores, and must not start with a digit; leave it empty when not needed.</translation>
    </message>
    <message>
        <source>连接地址：%1</source>
        <translation>Connection address: %1</translation>
    </message>
</context>
<context>
    <name>jd::ui::SpotCheckModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>计划开始</source>
        <translation>Plan starts</translation>
    </message>
    <message>
        <source>抽取方式</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>随机抽取（种子 %1）</source>
        <translation>Random (seed %1)</translation>
    </message>
    <message>
        <source>指定抽查</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>发现问题：%1
整改要求：%2</source>
        <translation>Findings: %1
Rectification required: %2</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>jd::ui::SpotCheckView</name>
    <message>
        <source>记录检查结果…</source>
        <translation>Record Result…</translation>
    </message>
    <message>
        <source>随机抽取…</source>
        <translation>Random Draw…</translation>
    </message>
    <message>
        <source>从尚未抽查的认定计划中随机抽取；种子会保存，可复现</source>
        <translation>Draw at random from certification plans not yet checked; the seed is stored so the draw can be reproduced</translation>
    </message>
    <message>
        <source>指定抽查…</source>
        <translation>Choose Plan…</translation>
    </message>
    <message>
        <source>还没有抽查记录。</source>
        <translation>No spot checks yet.</translation>
    </message>
    <message>
        <source>共 %1 次抽查，待检查 %2 次。</source>
        <translation>%1 spot checks, %2 still to visit.</translation>
    </message>
    <message>
        <source>随机抽取 %1 份计划，种子 %2（已保存，用同一种子可复现本次抽取）。</source>
        <translation>%1 plans drawn at random, seed %2 (stored; the same seed reproduces this draw).</translation>
    </message>
    <message>
        <source>已将 %1 的计划 %2 列入抽查。</source>
        <translation>Plan %2 of %1 added to the spot checks.</translation>
    </message>
    <message>
        <source>随机抽取认定计划</source>
        <translation>Draw Certification Plans at Random</translation>
    </message>
    <message>
        <source>抽取份数</source>
        <translation>Number of plans</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>种子随抽查记录保存；以后用同一种子、在同样的计划中抽取，结果相同。</source>
        <translation>The seed is stored with the spot checks; drawing again from the same plans with the same seed gives the same result.</translation>
    </message>
    <message>
        <source>抽取</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>指定抽查</source>
        <translation>Choose a Plan to Check</translation>
    </message>
    <message>
        <source>%1  %2  %3 起  %4</source>
        <translation>%1  %2  from %3  %4</translation>
    </message>
    <message>
        <source>列入抽查</source>
        <translation>Add to Spot Checks</translation>
    </message>
    <message>
        <source>选择要检查的认定计划：</source>
        <translation>Choose the certification plan to check:</translation>
    </message>
    <message>
        <source>所有认定计划都已列入抽查。</source>
        <translation>All certification plans are already in the spot checks.</translation>
    </message>
</context>
<context>
    <name>jd::ui::SpotRecordDialog</name>
    <message>
        <source>记录抽查结果 — %1</source>
        <translation>Record Spot Check — %1</translation>
    </message>
    <message>
        <source>检查人员姓名，以顿号分隔</source>
        <translation>Names of the inspectors, separated by commas</translation>
    </message>
    <message>
        <source>结论为限期整改或严重问题时必填</source>
        <translation>Required when the conclusion is rectification or serious problems</translation>
    </message>
    <message>
        <source>认定计划</source>
        <translation>Certification plan</translation>
    </message>
    <message>
        <source>%1（计划 %2，%3 开始）</source>
        <translation>%1 (plan %2, starts %3)</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>整改要求</source>
        <translation>Rectification required</translation>
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
    <name>jd::ui::StatisticsModel</name>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>高技能</source>
        <translation>High-skilled</translation>
    </message>
    <message>
        <source>参加人数</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>合格人数</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>合格率</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>发证数</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>jd::ui::StatisticsView</name>
    <message>
        <source>全国联网上报…</source>
        <translation>National Report…</translation>
    </message>
    <message>
        <source>导出全国联网查询上报文件（含身份证号，导出将记入操作日志）</source>
        <translation>Export the file for the national online certificate query (contains ID numbers; the export is logged)</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>把统计表导出为 Excel 工作簿或 CSV</source>
        <translation>Export the statistics to an Excel workbook or CSV</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>工作台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>全部企业</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <source>所选期间没有已确认的认定结果。</source>
        <translation>No confirmed certification results in the chosen period.</translation>
    </message>
    <message>
        <source>合计：参加 %1 人，合格 %2 人，合格率 %3%，发证 %4 本，其中高技能（一至三级）%5 本。</source>
        <translation>Total: %1 candidates, %2 passed, pass rate %3%, %4 certificates issued, %5 of them high-skilled (levels 1–3).</translation>
    </message>
    <message>
        <source>高技能（一至三级）</source>
        <translation>High-skilled (levels 1–3)</translation>
    </message>
    <message>
        <source>四级、五级</source>
        <translation>Levels 4 and 5</translation>
    </message>
    <message>
        <source>各等级发证数</source>
        <translation>Certificates by level</translation>
    </message>
    <message>
        <source>合格率（%）</source>
        <translation>Pass rate (%)</translation>
    </message>
    <message>
        <source>各职业合格率</source>
        <translation>Pass rate by occupation</translation>
    </message>
    <message>
        <source>导出统计表</source>
        <translation>Export Statistics</translation>
    </message>
    <message>
        <source>认定统计-%1.xlsx</source>
        <translation>certification statistics-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>全国联网上报-含身份证号-%1.xlsx</source>
        <translation>national report-with ID numbers-%1.xlsx</translation>
    </message>
    <message>
        <source>正在写出全国联网上报文件…</source>
        <translation>Writing the national report file…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>全国联网上报</source>
        <translation>National Report</translation>
    </message>
    <message>
        <source>已写出 %1 条证书信息…</source>
        <translation>%1 certificates written…</translation>
    </message>
    <message>
        <source>只导出某批次之后变化的证书：填写上次上报的批次号；填 0 导出全部证书。</source>
        <translation>To export only certificates changed since a report, enter the number of the last report; enter 0 to export all certificates.</translation>
    </message>
    <message>
        <source>全国联网上报文件</source>
        <translation>National Report File</translation>
    </message>
    <message>
        <source>上报批次 %1：%2 条证书信息已写入
%3

文件含身份证号，请妥善保管，上报后及时删除。</source>
        <translation>Report %1: %2 certificates written to
%3

The file contains ID numbers: keep it safe and delete it once reported.</translation>
    </message>
    <message>
        <source>工作台账-%1</source>
        <translation>ledger-%1</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Computing the statistics…</translation>
    </message>
</context>
<context>
    <name>jd::ui::SupervisionWorkspace</name>
    <message>
        <source>工作日历</source>
        <translation>Work Calendar</translation>
    </message>
    <message>
        <source>认定计划</source>
        <translation>Certification Plans</translation>
    </message>
    <message>
        <source>抽查监督</source>
        <translation>Spot Checks</translation>
    </message>
    <message>
        <source>认定结果</source>
        <translation>Result Filings</translation>
    </message>
    <message>
        <source>证书登记</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>上报与统计</source>
        <translation>Reports &amp; Statistics</translation>
    </message>
</context>
<context>
    <name>jd::ui::SystemMenu</name>
    <message>
        <source>系统(&amp;S)</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>用户管理(&amp;U)…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>新建用户，重设密码，修改角色，停用或解锁账户</source>
        <translation>Create users, reset passwords, change roles, disable or unlock accounts</translation>
    </message>
    <message>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;Password…</translation>
    </message>
    <message>
        <source>操作日志(&amp;L)…</source>
        <translation>Audit &amp;Log…</translation>
    </message>
    <message>
        <source>查看、筛选、校验和导出操作日志</source>
        <translation>View, filter, verify and export the audit log</translation>
    </message>
    <message>
        <source>备份数据库(&amp;B)…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <source>把整个数据库复制到一个备份文件</source>
        <translation>Copy the whole database to a backup file</translation>
    </message>
    <message>
        <source>恢复数据库(&amp;R)…</source>
        <translation>&amp;Restore Database…</translation>
    </message>
    <message>
        <source>用备份文件替换当前的全部数据</source>
        <translation>Replace all current data with a backup file</translation>
    </message>
    <message>
        <source>检查数据库(&amp;C)</source>
        <translation>&amp;Check Database</translation>
    </message>
    <message>
        <source>检查数据库文件的完整性、数据之间的引用和操作日志链</source>
        <translation>Check the integrity of the database file, the references between records and the audit log chain</translation>
    </message>
    <message>
        <source>切换用户/注销(&amp;O)</source>
        <translation>Switch User / Sign &amp;Out</translation>
    </message>
    <message>
        <source>退出当前用户，回到登录窗口</source>
        <translation>Sign out the current user and return to the sign-in window</translation>
    </message>
    <message>
        <source>文件：%1
大小：%2
数据结构版本：%3
企业：%4 家
用户：%5 个
操作日志：%6 条</source>
        <translation>File: %1
Size: %2
Schema version: %3
Enterprises: %4
Users: %5
Audit log entries: %6</translation>
    </message>
    <message>
        <source>已取消恢复，当前数据未改变。</source>
        <translation>Restore cancelled; the current data is unchanged.</translation>
    </message>
    <message>
        <source>未能确认当前密码：%1</source>
        <translation>Could not verify the current password: %1</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>密码已修改，下次登录请使用新密码。</source>
        <translation>Password changed. Use the new password the next time you sign in.</translation>
    </message>
    <message>
        <source>鉴定数据库备份-%1.sqlite</source>
        <translation>jianding backup-%1.sqlite</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite)</source>
        <translation>Database backups (*.sqlite)</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>备份未完成</source>
        <translation>Backup Not Completed</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup Completed</translation>
    </message>
    <message>
        <source>数据库已备份。

%1</source>
        <translation>The database has been backed up.

%1</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Restore Database</translation>
    </message>
    <message>
        <source>确定用这个备份替换当前的全部数据吗？</source>
        <translation>Replace all current data with this backup?</translation>
    </message>
    <message>
        <source>%1

当前数据库中的企业、备案、用户和操作日志都将被备份中的内容替换，尚未保存的修改将丢失。恢复后需要重新登录。建议先备份当前数据库。</source>
        <translation>%1

The enterprises, filings, users and audit log in the current database will all be replaced by the backup&apos;s content, and unsaved changes will be lost. You will need to sign in again afterwards. Back up the current database first.</translation>
    </message>
    <message>
        <source>替换当前数据</source>
        <translation>Replace Current Data</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>恢复未完成</source>
        <translation>Restore Not Completed</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore Completed</translation>
    </message>
    <message>
        <source>已从备份恢复数据库，请重新登录。

%1</source>
        <translation>The database has been restored from the backup. Please sign in again.

%1</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check Database</translation>
    </message>
    <message>
        <source>未发现问题：数据库文件完整，数据之间的引用正确，操作日志链完好。</source>
        <translation>No problems found: the database file is intact, the references between records are correct and the audit log chain is unbroken.</translation>
    </message>
    <message>
        <source>发现 %1 处问题，请联系管理员，必要时从备份恢复。</source>
        <translation>%1 problems found. Please contact an administrator; restore from a backup if necessary.</translation>
    </message>
    <message>
        <source>界面语言(&amp;G)…</source>
        <translation>Lan&amp;guage…</translation>
    </message>
    <message>
        <source>选择界面语言（中文或英文），重新启动程序后生效</source>
        <translation>Choose the interface language (Chinese or English); takes effect after restarting the program</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>界面语言已设为“%1”，重新启动程序后生效。</source>
        <translation>The interface language is now set to &quot;%1&quot;. It takes effect after you restart the program.</translation>
    </message>
    <message>
        <source>把服务器上的全部数据复制到一个 SQLite 备份文件</source>
        <translation>Copy all data on the server into a SQLite backup file</translation>
    </message>
    <message>
        <source>检查操作日志链（服务器自身保证数据文件完整和数据引用正确）</source>
        <translation>Check the audit log chain (the server itself keeps its data files sound and the references between data correct)</translation>
    </message>
    <message>
        <source>服务器数据库不能在程序里从备份恢复，以免覆盖其他人正在使用的数据。请由服务器管理员用 jianding-cli migrate 把备份迁入一个新数据库。</source>
        <translation>A server database cannot be restored from a backup in the program, so that data others are working with are not overwritten. The server administrator can move a backup into a new database with jianding-cli migrate.</translation>
    </message>
    <message>
        <source>正在恢复数据库…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <source>正在检查备份文件…</source>
        <translation>Checking the backup file…</translation>
    </message>
</context>
<context>
    <name>jd::ui::UserAdminDialog</name>
    <message>
        <source>重设密码…</source>
        <translation>Reset Password…</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change Role…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>新建用户…</source>
        <translation>New User…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>录入员录入和修改企业信息；评审专家只读（证件号码部分隐藏）；审核员另可删除企业、作出备案决定、查看操作日志和备份；管理员另可管理用户、修改参考数据和恢复数据库。</source>
        <translation>Clerks enter and change enterprise data; reviewers read only (ID numbers partly hidden); supervisors can also delete enterprises, decide on filings, view the audit log and make backups; administrators can also manage users, change reference data and restore the database.</translation>
    </message>
    <message>
        <source>共 %1 个用户，其中 %2 个启用</source>
        <translation>%1 users, %2 enabled</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>未能创建用户</source>
        <translation>User Not Created</translation>
    </message>
    <message>
        <source>未能重设密码</source>
        <translation>Password Not Reset</translation>
    </message>
    <message>
        <source>未能修改角色</source>
        <translation>Role Not Changed</translation>
    </message>
    <message>
        <source>未能启用</source>
        <translation>Not Enabled</translation>
    </message>
    <message>
        <source>未能停用</source>
        <translation>Not Disabled</translation>
    </message>
    <message>
        <source>未能解锁</source>
        <translation>Not Unlocked</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>已重设“%1”的密码，其锁定也已解除。</source>
        <translation>The password of &quot;%1&quot; has been reset and the account unlocked.</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>“%1”的新角色：</source>
        <translation>New role of &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>Disable User</translation>
    </message>
    <message>
        <source>停用“%1”后，此账户不能再登录；其操作记录保留。确定停用吗？</source>
        <translation>Once &quot;%1&quot; is disabled, the account can no longer sign in; its records are kept. Disable it?</translation>
    </message>
</context>
<context>
    <name>jd::ui::UserTableModel</name>
    <message>
        <source>已连续输错密码 %1 次</source>
        <translation>%1 wrong passwords in a row</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>锁定至 %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>jd::ui::VoidNumberDialog</name>
    <message>
        <source>作废证书编号</source>
        <translation>Void Certificate Number</translation>
    </message>
    <message>
        <source>22 位证书编号，如 Y000012000003194000123</source>
        <translation>22-character certificate number, e.g. Y000012000003194000123</translation>
    </message>
    <message>
        <source>如：打印时卡纸损坏，证书已收回销毁</source>
        <translation>e.g. paper jammed while printing; the certificate was collected and destroyed</translation>
    </message>
    <message>
        <source>证书编号(&amp;N) *</source>
        <translation>Certificate &amp;number *</translation>
    </message>
    <message>
        <source>作废原因(&amp;R) *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>作废的编号仍算已使用，不会再次发放；作废记录写入操作日志。</source>
        <translation>A voided number still counts as used and is never issued again; the voiding is recorded in the audit log.</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>这是旧版职业资格证书编号，不由本系统发放，不能作废。</source>
        <translation>This is an old vocational qualification certificate number; it is not issued by this system and cannot be voided.</translation>
    </message>
</context>
<context>
    <name>jd::ui::VoidNumberModel</name>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>作废时间</source>
        <translation>Voided</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>鉴定 Jianding</source>
        <translation>Jianding</translation>
    </message>
    <message>
        <source>企业职业技能等级认定试点管理客户端</source>
        <translation>Client for the enterprise vocational skill level certification pilot</translation>
    </message>
    <message>
        <source>离线评分：打开专家评分包（*.jdreview），不使用数据库。</source>
        <translation>Offline scoring: open an expert&apos;s scoring package (*.jdreview) without a database.</translation>
    </message>
    <message>
        <source>离线评分：以评审专家模式启动，不使用数据库。</source>
        <translation>Offline scoring: start in reviewer mode without a database.</translation>
    </message>
    <message>
        <source>使用指定的数据库：数据库文件，或服务器地址 postgresql://用户名@服务器:端口/数据库（密码在启动后询问）。</source>
        <translation>Use the given database: a database file, or a server address postgresql://USER@SERVER:PORT/DATABASE (the password is asked after start-up).</translation>
    </message>
</context>
</TS>
