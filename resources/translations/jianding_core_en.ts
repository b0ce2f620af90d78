<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>jd::Aggregation</name>
    <message>
        <source>评分项“%1”（%2）的得分 %3 超出范围：应在 0 到 %4 分之间。</source>
        <translation>The score %3 for criterion &quot;%1&quot; (%2) is out of range: it must be between 0 and %4 points.</translation>
    </message>
    <message>
        <source>评分项“%1”（%2）的得分 %3 最多保留两位小数。</source>
        <translation>The score %3 for criterion &quot;%1&quot; (%2) may have at most two decimal places.</translation>
    </message>
</context>
<context>
    <name>jd::AuditLog</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 于 %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>操作日志第 %1 条之前缺少条目（应为第 %2 条）。</source>
        <translation>Audit log: entries are missing before entry %1 (expected entry %2).</translation>
    </message>
    <message>
        <source>操作日志第 %1 条与前一条的链接不符（条目被删除或插入）。</source>
        <translation>Audit log: entry %1 does not link to the entry before it (entries were deleted or inserted).</translation>
    </message>
    <message>
        <source>操作日志第 %1 条的内容与其哈希不符（条目被修改）。</source>
        <translation>Audit log: the content of entry %1 does not match its hash (the entry was changed).</translation>
    </message>
</context>
<context>
    <name>jd::BulkInsert</name>
    <message>
        <source>数据库驱动不支持批量写入。</source>
        <translation>The database driver does not support bulk writing.</translation>
    </message>
    <message>
        <source>批量写入失败。</source>
        <translation>Bulk writing failed.</translation>
    </message>
</context>
<context>
    <name>jd::CertificateDocument</name>
    <message>
        <source>没有要打印的证书。</source>
        <translation>There are no certificates to print.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>已取消，没有生成 PDF。</source>
        <translation>Cancelled; no PDF was written.</translation>
    </message>
    <message>
        <source>生成 PDF“%1”失败。</source>
        <translation>Could not write the PDF &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>jd::CertificateNumber</name>
    <message>
        <source>第 %1 位</source>
        <translation>Character %1</translation>
    </message>
    <message>
        <source>长度</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>证书编号“%1”无效。</source>
        <translation>The certificate number &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>应为 22 位（职业技能等级证书）或 16 位数字（旧版职业资格证书），现在是 %1 位。</source>
        <translation>Must have 22 characters (skill level certificate) or 16 digits (old vocational qualification certificate), but has %1.</translation>
    </message>
    <message>
        <source>类别应为 Y（用人单位）或 S（社会培训评价组织），现为“%1”。</source>
        <translation>The type must be Y (employer) or S (training body), but is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>应为数字，现为“%1”。</source>
        <translation>Must be a digit, but is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>等级应为 1–5（1 一级/高级技师 … 5 五级/初级工），现为 %1。</source>
        <translation>The level must be 1–5 (1 Level 1/Senior Technician … 5 Level 5/Elementary Skilled Worker), but is %1.</translation>
    </message>
    <message>
        <source>评价机构序列码不能为 000000。</source>
        <translation>The organisation serial must not be 000000.</translation>
    </message>
    <message>
        <source>顺序号不能为 000000（从 000001 开始）。</source>
        <translation>The serial must not be 000000 (serials start at 000001).</translation>
    </message>
</context>
<context>
    <name>jd::CertificateRegistry</name>
    <message>
        <source>证书 %1 不在登记册中。</source>
        <translation>Certificate %1 is not in the register.</translation>
    </message>
    <message>
        <source>撤销证书须写明原因。</source>
        <translation>Give a reason for revoking the certificate.</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>证书 %1 已撤销，不能撤销。</source>
        <translation>Certificate %1 has already been revoked and cannot be revoked.</translation>
    </message>
    <message>
        <source>证书 %1 已换发，不能撤销。</source>
        <translation>Certificate %1 has been reissued and cannot be revoked.</translation>
    </message>
    <message>
        <source>换发证书须写明原因（如遗失、损坏、信息更正）。</source>
        <translation>Give a reason for reissuing the certificate (e.g. lost, damaged, details corrected).</translation>
    </message>
    <message>
        <source>文件夹“%1”不存在。</source>
        <translation>The folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>导入照片已取消，没有保存任何照片。</source>
        <translation>Photo import cancelled; no photo was saved.</translation>
    </message>
    <message>
        <source>%1：文件名不是有效的身份证号码</source>
        <translation>%1: the file name is not a valid ID number</translation>
    </message>
    <message>
        <source>%1：无法读取或超过 2 MB</source>
        <translation>%1: cannot be read or is larger than 2 MB</translation>
    </message>
    <message>
        <source>%1：不是 JPEG 或 PNG 图片</source>
        <translation>%1: not a JPEG or PNG image</translation>
    </message>
    <message>
        <source>证书 %1 已撤销，只有有效证书可以换发。</source>
        <translation>Certificate %1 has been revoked; only valid certificates can be reissued.</translation>
    </message>
    <message>
        <source>证书 %1 已换发过，只有有效证书可以换发。</source>
        <translation>Certificate %1 has already been reissued; only valid certificates can be reissued.</translation>
    </message>
</context>
<context>
    <name>jd::CoreLabels</name>
    <message>
        <source>草稿</source>
        <comment>filing status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已提交</source>
        <comment>filing status</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>退回补正</source>
        <comment>filing status</comment>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>不予受理</source>
        <comment>filing status</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>材料已受理</source>
        <comment>filing status</comment>
        <translation>Materials accepted</translation>
    </message>
    <message>
        <source>现场评估</source>
        <comment>filing status</comment>
        <translation>Site visit</translation>
    </message>
    <message>
        <source>已评分</source>
        <comment>filing status</comment>
        <translation>Scored</translation>
    </message>
    <message>
        <source>列入建议名单</source>
        <comment>filing status</comment>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>未列入建议名单</source>
        <comment>filing status</comment>
        <translation>Not recommended</translation>
    </message>
    <message>
        <source>已审定</source>
        <comment>filing status</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>审定未通过</source>
        <comment>filing status</comment>
        <translation>Approval refused</translation>
    </message>
    <message>
        <source>已报人社部复核</source>
        <comment>filing status</comment>
        <translation>Reported to ministry</translation>
    </message>
    <message>
        <source>已复核备案</source>
        <comment>filing status</comment>
        <translation>Filed with ministry</translation>
    </message>
    <message>
        <source>人社部复核未通过</source>
        <comment>filing status</comment>
        <translation>Rejected by ministry</translation>
    </message>
    <message>
        <source>已公布（试点）</source>
        <comment>filing status</comment>
        <translation>Published (pilot)</translation>
    </message>
    <message>
        <source>正式开展</source>
        <comment>filing status</comment>
        <translation>Formal</translation>
    </message>
    <message>
        <source>暂停</source>
        <comment>filing status</comment>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>终止备案</source>
        <comment>filing status</comment>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>提交</source>
        <comment>filing action</comment>
        <translation>Submit</translation>
    </message>
    <message>
        <source>受理</source>
        <comment>filing action</comment>
        <translation>Accept</translation>
    </message>
    <message>
        <source>退回补正</source>
        <comment>filing action</comment>
        <translation>Return for Correction</translation>
    </message>
    <message>
        <source>不予受理</source>
        <comment>filing action</comment>
        <translation>Reject</translation>
    </message>
    <message>
        <source>补正后重新提交</source>
        <comment>filing action</comment>
        <translation>Resubmit</translation>
    </message>
    <message>
        <source>安排现场评估</source>
        <comment>filing action</comment>
        <translation>Schedule Site Visit</translation>
    </message>
    <message>
        <source>完成评分</source>
        <comment>filing action</comment>
        <translation>Complete Scoring</translation>
    </message>
    <message>
        <source>列入建议名单</source>
        <comment>filing action</comment>
        <translation>Recommend</translation>
    </message>
    <message>
        <source>不列入建议名单</source>
        <comment>filing action</comment>
        <translation>Do Not Recommend</translation>
    </message>
    <message>
        <source>审定通过</source>
        <comment>filing action</comment>
        <translation>Approve</translation>
    </message>
    <message>
        <source>审定不通过</source>
        <comment>filing action</comment>
        <translation>Refuse Approval</translation>
    </message>
    <message>
        <source>报人社部复核</source>
        <comment>filing action</comment>
        <translation>Report to Ministry</translation>
    </message>
    <message>
        <source>人社部复核通过</source>
        <comment>filing action</comment>
        <translation>Ministry Accepts</translation>
    </message>
    <message>
        <source>人社部复核未通过</source>
        <comment>filing action</comment>
        <translation>Ministry Rejects</translation>
    </message>
    <message>
        <source>公布（列入目录）</source>
        <comment>filing action</comment>
        <translation>Publish (Add to Catalogue)</translation>
    </message>
    <message>
        <source>阶段评估合格</source>
        <comment>filing action</comment>
        <translation>Pass Phase Evaluation</translation>
    </message>
    <message>
        <source>终止备案</source>
        <comment>filing action</comment>
        <translation>Terminate</translation>
    </message>
    <message>
        <source>暂停</source>
        <comment>filing action</comment>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>恢复</source>
        <comment>filing action</comment>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>已收到</source>
        <comment>checklist item state</comment>
        <translation>Received</translation>
    </message>
    <message>
        <source>缺少</source>
        <comment>checklist item state</comment>
        <translation>Missing</translation>
    </message>
    <message>
        <source>有缺陷</source>
        <comment>checklist item state</comment>
        <translation>Defective</translation>
    </message>
    <message>
        <source>录入员</source>
        <comment>user role</comment>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>评审专家</source>
        <comment>user role</comment>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>审核员</source>
        <comment>user role</comment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>管理员</source>
        <comment>user role</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>一级/高级技师</source>
        <comment>skill level</comment>
        <translation>Level 1/Senior Technician</translation>
    </message>
    <message>
        <source>二级/技师</source>
        <comment>skill level</comment>
        <translation>Level 2/Technician</translation>
    </message>
    <message>
        <source>三级/高级工</source>
        <comment>skill level</comment>
        <translation>Level 3/Advanced Skilled Worker</translation>
    </message>
    <message>
        <source>四级/中级工</source>
        <comment>skill level</comment>
        <translation>Level 4/Intermediate Skilled Worker</translation>
    </message>
    <message>
        <source>五级/初级工</source>
        <comment>skill level</comment>
        <translation>Level 5/Elementary Skilled Worker</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <comment>ID document type</comment>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>护照</source>
        <comment>ID document type</comment>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳居民居住证</source>
        <comment>ID document type</comment>
        <translation>HK/Macao residence permit</translation>
    </message>
    <message>
        <source>台湾居民居住证</source>
        <comment>ID document type</comment>
        <translation>Taiwan residence permit</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <comment>ID document type</comment>
        <translation>HK/Macao mainland travel permit</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <comment>ID document type</comment>
        <translation>Taiwan mainland travel permit</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <comment>ID document type</comment>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>天津注册企业</source>
        <comment>enterprise type</comment>
        <translation>Registered in Tianjin</translation>
    </message>
    <message>
        <source>中央企业驻津分支机构</source>
        <comment>enterprise type</comment>
        <translation>Tianjin branch of a central SOE</translation>
    </message>
    <message>
        <source>待检查</source>
        <comment>spot check outcome</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>规范</source>
        <comment>spot check outcome</comment>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>限期整改</source>
        <comment>spot check outcome</comment>
        <translation>Rectification required</translation>
    </message>
    <message>
        <source>严重问题</source>
        <comment>spot check outcome</comment>
        <translation>Serious problems</translation>
    </message>
</context>
<context>
    <name>jd::Csv</name>
    <message>
        <source>文件编码无法识别：既不是 UTF-8 也不是 GBK。请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后重新导入。</source>
        <translation>The file encoding cannot be recognised: it is neither UTF-8 nor GBK. In Excel, use &quot;Save As&quot; with &quot;CSV UTF-8 (Comma delimited)&quot; and import the file again.</translation>
    </message>
    <message>
        <source>CSV 格式错误：从第 %1 行开始的引号没有闭合。</source>
        <translation>CSV format error: the quotation mark opened on line %1 is not closed.</translation>
    </message>
</context>
<context>
    <name>jd::Database</name>
    <message>
        <source>服务器地址应以 postgresql:// 开头，例如 postgresql://jianding@192.168.1.10:5432/jianding。</source>
        <translation>The server address must start with postgresql://, e.g. postgresql://jianding@192.168.1.10:5432/jianding.</translation>
    </message>
    <message>
        <source>服务器地址“%1”的格式不正确：%2</source>
        <translation>The server address &quot;%1&quot; is not in the correct format: %2</translation>
    </message>
    <message>
        <source>服务器地址中不能写密码：请去掉“:密码”部分，连接时再输入密码。</source>
        <translation>The server address must not contain a password: remove the &quot;:password&quot; part and enter the password when connecting.</translation>
    </message>
    <message>
        <source>服务器地址缺少服务器名或 IP 地址，例如 postgresql://jianding@192.168.1.10:5432/jianding。</source>
        <translation>The server address lacks the server name or IP address, e.g. postgresql://jianding@192.168.1.10:5432/jianding.</translation>
    </message>
    <message>
        <source>服务器地址缺少用户名：请写成 postgresql://用户名@服务器:端口/数据库。</source>
        <translation>The server address lacks the user name: write it as postgresql://user@server:port/database.</translation>
    </message>
    <message>
        <source>服务器地址缺少数据库名：请写成 postgresql://用户名@服务器:端口/数据库。</source>
        <translation>The server address lacks the database name: write it as postgresql://user@server:port/database.</translation>
    </message>
    <message>
        <source>服务器端口应在 1 到 65535 之间。</source>
        <translation>The server port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>schema 名“%1”只能由小写字母、数字和下划线组成，且不以数字开头。</source>
        <translation>The schema name &quot;%1&quot; may contain only lower-case letters, digits and underscores, and must not start with a digit.</translation>
    </message>
    <message>
        <source>未指定数据库文件路径。</source>
        <translation>No database file path was given.</translation>
    </message>
    <message>
        <source>本机缺少 PostgreSQL 数据库驱动（Qt 的 QPSQL 插件），无法连接服务器数据库。请安装 libqt6sql6-psql。</source>
        <translation>This computer lacks the PostgreSQL database driver (Qt&apos;s QPSQL plugin), so it cannot connect to the server database. Install libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>服务器 %1:%2 拒绝了用户“%3”的登录：密码不对或未提供密码。请输入正确的数据库密码。</source>
        <translation>The server %1:%2 refused the login of user &quot;%3&quot;: the password is wrong or was not given. Enter the correct database password.</translation>
    </message>
    <message>
        <source>无法连接服务器数据库 %1:%2/%3。请检查服务器名、端口、数据库名和网络连接。</source>
        <translation>Cannot connect to the server database %1:%2/%3. Check the server name, port, database name and network connection.</translation>
    </message>
    <message>
        <source>无法在服务器上创建 schema“%1”，请检查数据库用户的权限。</source>
        <translation>Cannot create the schema &quot;%1&quot; on the server. Check the permissions of the database user.</translation>
    </message>
    <message>
        <source>无法使用 schema“%1”。</source>
        <translation>Cannot use the schema &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1”不是 Jianding 数据库文件，或文件已损坏。请选择正确的数据库文件，或从备份恢复。</source>
        <translation>&quot;%1&quot; is not a Jianding database file, or the file is damaged. Choose the correct database file, or restore from a backup.</translation>
    </message>
    <message>
        <source>服务器上的数据库“%1”已有其他程序的数据表，不是 Jianding 数据库。请使用一个空数据库，或在地址中用 ?schema= 指定一个新的 schema。</source>
        <translation>The database &quot;%1&quot; on the server already has tables of another program; it is not a Jianding database. Use an empty database, or name a new schema in the address with ?schema=.</translation>
    </message>
    <message>
        <source>“%1”是其他程序的数据库，不是 Jianding 数据库。请选择正确的文件。</source>
        <translation>&quot;%1&quot; is a database of another program, not a Jianding database. Choose the correct file.</translation>
    </message>
    <message>
        <source>“%1”是其他程序的 SQLite 数据库，不是 Jianding 数据库。请选择正确的文件。</source>
        <translation>&quot;%1&quot; is an SQLite database of another program, not a Jianding database. Choose the correct file.</translation>
    </message>
    <message>
        <source>“%1”是一个文件夹，不是数据库文件。请指定一个文件。</source>
        <translation>&quot;%1&quot; is a folder, not a database file. Give a file.</translation>
    </message>
    <message>
        <source>数据库文件“%1”不存在。</source>
        <translation>The database file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>无法创建文件夹“%1”，请检查权限。</source>
        <translation>Cannot create the folder &quot;%1&quot;. Check the permissions.</translation>
    </message>
    <message>
        <source>无法创建数据库文件“%1”：%2</source>
        <translation>Cannot create the database file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>无法打开数据库“%1”。</source>
        <translation>Cannot open the database &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>数据库操作失败。</source>
        <translation>The database operation failed.</translation>
    </message>
    <message>
        <source>数据库所在位置不支持 WAL 日志模式（可能是网络共享文件夹），已改用普通日志模式。多人同时使用时请改用服务器数据库。</source>
        <translation>The location of the database does not support the WAL journal mode (it may be a network shared folder), so the ordinary journal mode is used. If several people use it at the same time, use a server database instead.</translation>
    </message>
    <message>
        <source>数据库“%1”的版本（%2）比本程序支持的版本（%3）更新。请升级 Jianding 后再打开。</source>
        <translation>The database &quot;%1&quot; has version %2, newer than the version this program supports (%3). Upgrade Jianding, then open it again.</translation>
    </message>
    <message>
        <source>数据库“%1”需要升级，但以只读方式打开。</source>
        <translation>The database &quot;%1&quot; needs an upgrade but was opened read-only.</translation>
    </message>
    <message>
        <source>升级前备份数据库失败，数据库未改动。请检查磁盘空间和权限。</source>
        <translation>Backing up the database before the upgrade failed; the database was not changed. Check the disk space and permissions.</translation>
    </message>
    <message>
        <source>数据库升级到第 %1 版失败，数据库保持原样。</source>
        <translation>Upgrading the database to version %1 failed; the database was left as it was.</translation>
    </message>
    <message>
        <source>数据库升级失败。</source>
        <translation>The database upgrade failed.</translation>
    </message>
    <message>
        <source>数据库正忙或不可写，请稍后再试。</source>
        <translation>The database is busy or cannot be written. Try again later.</translation>
    </message>
    <message>
        <source>保存失败，数据库未改动。</source>
        <translation>Saving failed; the database was not changed.</translation>
    </message>
</context>
<context>
    <name>jd::DatabaseCopy</name>
    <message>
        <source>无法统计表 %1 的行数。</source>
        <translation>Cannot count the rows of table %1.</translation>
    </message>
    <message>
        <source>服务器数据库 %1</source>
        <translation>server database %1</translation>
    </message>
    <message>
        <source>数据库文件“%1”</source>
        <translation>database file &quot;%1&quot;</translation>
    </message>
    <message>
        <source>迁移的来源和目标是同一个数据库，请指定另一个目标。</source>
        <translation>The source and the target of the migration are the same database. Give another target.</translation>
    </message>
    <message>
        <source>来源（第 %1 版）和目标（第 %2 版）的数据库版本不同，无法迁移。</source>
        <translation>The source (version %1) and the target (version %2) have different database versions, so the data cannot be migrated.</translation>
    </message>
    <message>
        <source>目标%1已有数据（表 %2 有 %3 行），不能迁入。请使用一个新建的空数据库。</source>
        <translation>The target %1 already has data (table %2 has %3 rows), so nothing can be migrated into it. Use a newly created, empty database.</translation>
    </message>
    <message>
        <source>迁移已取消，目标数据库未改动。</source>
        <translation>Migration cancelled; the target database was not changed.</translation>
    </message>
    <message>
        <source>读取表 %1 失败。</source>
        <translation>Reading table %1 failed.</translation>
    </message>
    <message>
        <source>写入表 %1 失败，目标数据库未改动。</source>
        <translation>Writing table %1 failed; the target database was not changed.</translation>
    </message>
    <message>
        <source>表 %1 的行数不符（来源 %2 行，目标 %3 行），迁移未完成，目标数据库未改动。</source>
        <translation>The row counts of table %1 do not match (source %2 rows, target %3 rows); the migration was not completed and the target database was not changed.</translation>
    </message>
</context>
<context>
    <name>jd::DocumentRenderer</name>
    <message>
        <source>无法写入“%1”：文件只读。</source>
        <translation>Cannot write &quot;%1&quot;: the file is read-only.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>生成 PDF“%1”失败。</source>
        <translation>Could not write the PDF &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>jd::EnterpriseJson</name>
    <message>
        <source>企业类型</source>
        <translation>Enterprise type</translation>
    </message>
    <message>
        <source>应为 tianjin（天津注册企业）或 central_soe_branch（中央企业驻津分支机构）。</source>
        <translation>Must be tianjin (Registered in Tianjin) or central_soe_branch (Tianjin branch of a central SOE).</translation>
    </message>
    <message>
        <source>申报等级</source>
        <translation>Levels applied for</translation>
    </message>
    <message>
        <source>等级应为 1–5 之间不重复的数字。</source>
        <translation>Levels must be distinct numbers from 1 to 5.</translation>
    </message>
</context>
<context>
    <name>jd::EnterpriseRepository</name>
    <message>
        <source>该企业已被他人修改或删除，您的修改未保存。请重新打开后再修改。</source>
        <translation>This enterprise has been changed or deleted by someone else; your changes were not saved. Open it again and make your changes.</translation>
    </message>
    <message>
        <source>该企业在您打开之后已由 %1 修改，您的修改未保存，以免覆盖对方的修改。请重新打开该企业，核对后再修改。</source>
        <translation>This enterprise was changed by %1 after you opened it; your changes were not saved, so as not to overwrite theirs. Open the enterprise again, check it and make your changes.</translation>
    </message>
    <message>
        <source>附件 %1 不存在。</source>
        <translation>Attachment %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>jd::EnterpriseService</name>
    <message>
        <source>专职工作人员</source>
        <comment>person category in a field label</comment>
        <translation>full-time staff member</translation>
    </message>
    <message>
        <source>专家</source>
        <comment>person category in a field label</comment>
        <translation>expert</translation>
    </message>
    <message>
        <source>考评人员</source>
        <comment>person category in a field label</comment>
        <translation>assessor</translation>
    </message>
    <message>
        <source>质量督导人员</source>
        <comment>person category in a field label</comment>
        <translation>quality supervisor</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>不能为空，请填写营业执照上的企业全称。</source>
        <translation>Must not be empty: enter the full name of the enterprise as on the business licence.</translation>
    </message>
    <message>
        <source>不能超过 100 个字。</source>
        <translation>Must not be longer than 100 characters.</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>不能为空，请填写企业地址。</source>
        <translation>Must not be empty: enter the address of the enterprise.</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>%1确认无误时可勾选“保留未通过校验的代码”并写明理由。</source>
        <translation>%1 If the code is correct, tick &quot;Keep a code that fails the check&quot; and give the reason.</translation>
    </message>
    <message>
        <source>保留理由</source>
        <translation>Reason for keeping</translation>
    </message>
    <message>
        <source>保留未通过校验的统一社会信用代码时必须写明理由。</source>
        <translation>Give the reason for keeping a USCC that fails the check.</translation>
    </message>
    <message>
        <source>人社部备案文号</source>
        <translation>Ministry filing ref.</translation>
    </message>
    <message>
        <source>中央企业驻津分支机构须填写其在人社部的试点备案文号。</source>
        <translation>A Tianjin branch of a central SOE must give the reference of its pilot filing with the Ministry (MOHRSS).</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>手机和座机至少填写一个。</source>
        <translation>Fill in a mobile or a landline number, or both.</translation>
    </message>
    <message>
        <source>座机</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>第 %1 个职业的职业编码</source>
        <translation>Code of occupation %1</translation>
    </message>
    <message>
        <source>第 %1 个职业的职业名称</source>
        <translation>Name of occupation %1</translation>
    </message>
    <message>
        <source>第 %1 个职业的申报等级</source>
        <translation>Levels applied for, occupation %1</translation>
    </message>
    <message>
        <source>至少选择一个等级（1–5 级）。</source>
        <translation>Select at least one level (1–5).</translation>
    </message>
    <message>
        <source>等级只能是 1–5 级。</source>
        <translation>Levels can only be 1–5.</translation>
    </message>
    <message>
        <source>第 %1 项设备的名称</source>
        <translation>Name of equipment item %1</translation>
    </message>
    <message>
        <source>第 %1 项设备的数量</source>
        <translation>Quantity of equipment item %1</translation>
    </message>
    <message>
        <source>应为正整数。</source>
        <translation>Must be a positive whole number.</translation>
    </message>
    <message>
        <source>第 %1 名%2的姓名</source>
        <translation>Name of %2 %1</translation>
    </message>
    <message>
        <source>第 %1 名%2的证件类型</source>
        <translation>ID type of %2 %1</translation>
    </message>
    <message>
        <source>无法识别，应为居民身份证、护照、港澳居民居住证等。</source>
        <translation>Not recognised: use an ID type such as resident_id, passport or hk_macao_residence.</translation>
    </message>
    <message>
        <source>第 %1 名%2的证件号码</source>
        <translation>ID number of %2 %1</translation>
    </message>
    <message>
        <source>企业信息有 %1 处需要修改，未保存。</source>
        <translation>The enterprise details have %1 entries to correct; nothing was saved.</translation>
    </message>
    <message>
        <source>统一社会信用代码重复，未保存。</source>
        <translation>Duplicate USCC; nothing was saved.</translation>
    </message>
    <message>
        <source>已被登记册中的企业（编号 %1）使用。请核对，或打开该企业修改。</source>
        <translation>Already used by enterprise no. %1 in the register. Check the code, or open that enterprise and edit it.</translation>
    </message>
    <message>
        <source>企业 %1 不存在或已删除。</source>
        <translation>Enterprise %1 does not exist or has been deleted.</translation>
    </message>
    <message>
        <source>已被登记册中的企业（编号 %1）使用。</source>
        <translation>Already used by enterprise no. %1 in the register.</translation>
    </message>
    <message>
        <source>保存后读取企业失败。</source>
        <translation>Could not read the enterprise back after saving.</translation>
    </message>
    <message>
        <source>企业 %1 不存在。</source>
        <translation>Enterprise %1 does not exist.</translation>
    </message>
    <message>
        <source>无法读取文件“%1”：%2</source>
        <translation>Cannot read the file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>文件“%1”超过 50 MB，请压缩或分开扫描后再附加。</source>
        <translation>The file &quot;%1&quot; is larger than 50 MB. Compress it or scan it in parts, then attach it again.</translation>
    </message>
    <message>
        <source>只能附加 PDF 或图片文件（扫描件），“%1”的类型是 %2。</source>
        <translation>Only PDF or image files (scans) can be attached; &quot;%1&quot; is of type %2.</translation>
    </message>
    <message>
        <source>附件 %1 不存在。</source>
        <translation>Attachment %1 does not exist.</translation>
    </message>
    <message>
        <source>附件“%1”的校验值不符，文件已损坏。请重新附加原件。</source>
        <translation>The checksum of attachment &quot;%1&quot; does not match: the file is damaged. Attach the original again.</translation>
    </message>
    <message>
        <source>JSON 格式错误（第 %1 个字符处）：%2。</source>
        <translation>JSON format error at character %1: %2.</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>应为一个 JSON 对象。</source>
        <translation>Must be a JSON object.</translation>
    </message>
    <message>
        <source>文件是空的，请使用企业导入模板填写后再导入。</source>
        <translation>The file is empty. Fill in the enterprise import template, then import it.</translation>
    </message>
    <message>
        <source>不是模板中的列名。模板列名为：%1</source>
        <translation>Not a column of the template. The template columns are: %1</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>缺少必需的列“%1”。</source>
        <translation>The required column &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>表头不正确，未导入任何数据。</source>
        <translation>The header is not correct; nothing was imported.</translation>
    </message>
    <message>
        <source>单元格含公式，请粘贴为数值后再导入。</source>
        <translation>The cell contains a formula. Paste it as values, then import again.</translation>
    </message>
    <message>
        <source>不能为空：每一行都要写明所属企业的统一社会信用代码。</source>
        <translation>Must not be empty: every row must give the USCC of its enterprise.</translation>
    </message>
    <message>
        <source>企业类型</source>
        <translation>Enterprise type</translation>
    </message>
    <message>
        <source>应为“天津注册企业”或“中央企业驻津分支机构”。</source>
        <translation>Must be tianjin (Registered in Tianjin) or central_soe_branch (Tianjin branch of a central SOE).</translation>
    </message>
    <message>
        <source>与该企业第 %1 行的值不同；同一企业的基本信息只在第一行填写。</source>
        <translation>Differs from the value in row %1 for the same enterprise. Give the basic details of an enterprise only in its first row.</translation>
    </message>
    <message>
        <source>申报等级</source>
        <translation>Levels applied for</translation>
    </message>
    <message>
        <source>应为 1–5 的等级，多个用逗号分隔，如“3,4”或“三级,四级”。</source>
        <translation>Must be levels 1–5, several separated by commas, e.g. &quot;3,4&quot;.</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>人员类别</source>
        <translation>Person category</translation>
    </message>
    <message>
        <source>应为 专职工作人员、专家、考评人员 或 质量督导人员。</source>
        <translation>Must be staff, expert, assessor or supervisor.</translation>
    </message>
    <message>
        <source>与第 %1 行重复。</source>
        <translation>Duplicates row %1.</translation>
    </message>
    <message>
        <source>已在登记册中（企业编号 %1），导入只新建企业。</source>
        <translation>Already in the register (enterprise no. %1); an import only creates new enterprises.</translation>
    </message>
    <message>
        <source>导入文件有 %1 处错误，未导入任何数据。</source>
        <translation>The import file has %1 errors; nothing was imported.</translation>
    </message>
    <message>
        <source>文件中没有企业记录。</source>
        <translation>The file contains no enterprise records.</translation>
    </message>
</context>
<context>
    <name>jd::Error</name>
    <message>
        <source>第 %1 行 </source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <source>  %1%2：%3</source>
        <translation>  %1%2: %3</translation>
    </message>
</context>
<context>
    <name>jd::ExpertService</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>请填写专家姓名。</source>
        <translation>Please enter the expert&apos;s name.</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>“%1”不是可用的证件类型，请选择居民身份证、护照等。</source>
        <translation>&quot;%1&quot; is not a valid ID type; choose one such as Resident ID card or Passport.</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>该证件号码已在专家库中（编号 %1，%2），同一人只登记一次。</source>
        <translation>This ID number is already in the expert pool (no. %1, %2); register each person only once.</translation>
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
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>应为 11 位手机号或带区号的固定电话，如 022-23456789。</source>
        <translation>Must be an 11-digit mobile number or a landline with area code, e.g. 022-23456789.</translation>
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
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>专家信息有 %1 处需要修改：
  %2</source>
        <translation>Corrections needed in the expert details (%1):
  %2</translation>
    </message>
    <message>
        <source>专家库中没有编号为 %1 的专家。</source>
        <translation>The expert pool has no expert with number %1.</translation>
    </message>
    <message>
        <source>回避理由</source>
        <translation>Reason for conflict</translation>
    </message>
    <message>
        <source>请写明与该企业的回避理由。</source>
        <translation>Please give the reason for the conflict with this enterprise.</translation>
    </message>
    <message>
        <source>回避企业</source>
        <translation>Conflicting enterprise</translation>
    </message>
    <message>
        <source>企业 %1 不存在或重复列出。</source>
        <translation>Enterprise %1 does not exist or is listed twice.</translation>
    </message>
    <message>
        <source>回避关系有 %1 处需要修改，专家未保存。</source>
        <translation>Corrections needed in the conflicts (%1); the expert was not saved.</translation>
    </message>
    <message>
        <source>专家“%1”已于 %2 被“%3”修改，您的修改未保存。请重新打开后再改。</source>
        <translation>Expert &quot;%1&quot; was changed by &quot;%3&quot; at %2; your changes were not saved. Reopen the expert and make them again.</translation>
    </message>
    <message>
        <source>停用专家需要写明理由。</source>
        <translation>Disabling an expert requires a reason.</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>请写明停用理由。</source>
        <translation>Please give the reason for disabling.</translation>
    </message>
    <message>
        <source>登记回避关系需要写明理由（如“曾在该企业任职”）。</source>
        <translation>Recording a conflict requires a reason (e.g. &quot;formerly employed by the enterprise&quot;).</translation>
    </message>
    <message>
        <source>请写明理由。</source>
        <translation>Please give the reason.</translation>
    </message>
    <message>
        <source>企业 %1 不存在，请核对企业编号。</source>
        <translation>Enterprise %1 does not exist; check the enterprise number.</translation>
    </message>
    <message>
        <source>专家“%1”与“%2”的回避关系已登记。</source>
        <translation>A conflict between expert &quot;%1&quot; and &quot;%2&quot; is already recorded.</translation>
    </message>
    <message>
        <source>专家“%1”与企业 %2 没有登记回避关系。</source>
        <translation>No conflict is recorded between expert &quot;%1&quot; and enterprise %2.</translation>
    </message>
    <message>
        <source>文件是空的：第一行应为表头 %1。</source>
        <translation>The file is empty: the first row must be the header %1.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>表头不符：应为 %1（可用“导出模板”取得），文件中是 %2。</source>
        <translation>The header does not match: it must be %1 (use &quot;Export Template&quot; to get it); the file has %2.</translation>
    </message>
    <message>
        <source>同一证件号码在文件中出现多次。</source>
        <translation>The same ID number appears more than once in the file.</translation>
    </message>
</context>
<context>
    <name>jd::FilingService</name>
    <message>
        <source>当前状态下已没有可执行的操作。</source>
        <translation>No action is possible in the current status.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>当前可执行的操作：%1。</source>
        <translation>Possible actions now: %1.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>批次名称</source>
        <translation>Batch name</translation>
    </message>
    <message>
        <source>不能为空，如“2019年第一批”。</source>
        <translation>Must not be empty, e.g. &quot;2019 batch 1&quot;.</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>应为 YYYY-MM-DD 格式的日期。</source>
        <translation>Must be a date in YYYY-MM-DD format.</translation>
    </message>
    <message>
        <source>无法创建申报批次。</source>
        <translation>Cannot create the batch.</translation>
    </message>
    <message>
        <source>“%1”已存在。</source>
        <translation>&quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>收件日期 %1 晚于今天，请填写实际收到纸质申请的日期。</source>
        <translation>The date received, %1, is after today. Enter the date the paper application was actually received.</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>不能晚于今天。</source>
        <translation>Must not be after today.</translation>
    </message>
    <message>
        <source>企业 %1 不存在或已删除。</source>
        <translation>Enterprise %1 does not exist or has been deleted.</translation>
    </message>
    <message>
        <source>申报批次 %1 不存在。请先用“batch create”建立批次。</source>
        <translation>Batch %1 does not exist. Create the batch first with &quot;batch create&quot;.</translation>
    </message>
    <message>
        <source>该企业已有备案申请（编号 %1，状态：%2），不能重复申请。</source>
        <translation>The enterprise already has a filing (no. %1, status: %2); it cannot file a second one.</translation>
    </message>
    <message>
        <source>备案申请 %1 不存在。</source>
        <translation>Filing %1 does not exist.</translation>
    </message>
    <message>
        <source>没有材料项“%1”。可用的材料项：%2</source>
        <translation>There is no checklist item &quot;%1&quot;. The available items are: %2</translation>
    </message>
    <message>
        <source>备案申请 %1 已%2，材料清单不能再修改。</source>
        <translation>Filing %1 is &quot;%2&quot;: its materials checklist can no longer be changed.</translation>
    </message>
    <message>
        <source>附件 %1 不属于该企业，请先在企业登记中附加扫描件。</source>
        <translation>Attachment %1 does not belong to this enterprise. Attach the scan to the enterprise&apos;s register entry first.</translation>
    </message>
    <message>
        <source>材料清单为空。</source>
        <translation>The materials checklist is empty.</translation>
    </message>
    <message>
        <source>备案申请 %1 刚被他人处理过，请刷新后再操作。</source>
        <translation>Filing %1 has just been handled by someone else. Refresh and try again.</translation>
    </message>
    <message>
        <source>备案申请 %1 在您打开之后已由 %2 处理，您的操作未执行。请刷新后再操作。</source>
        <translation>Filing %1 was handled by %2 after you opened it; your action was not carried out. Refresh and try again.</translation>
    </message>
    <message>
        <source>备案申请 %1 当前状态为“%2”，不能“%3”。%4</source>
        <translation>Filing %1 has the status &quot;%2&quot;, so &quot;%3&quot; is not possible. %4</translation>
    </message>
    <message>
        <source>“%1”（%2）无权执行“%3”，该操作须由审核员或管理员执行。</source>
        <translation>&quot;%1&quot; (%2) may not take the action &quot;%3&quot;: it must be taken by a supervisor or an administrator.</translation>
    </message>
    <message>
        <source>日期 %1 晚于今天：只能登记已经作出的决定。</source>
        <translation>The date %1 is after today: only decisions already made can be recorded.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>日期 %1 早于上一步（%2），请核对。</source>
        <translation>The date %1 is before the previous step (%2). Please check it.</translation>
    </message>
    <message>
        <source>不能早于上一步的日期 %1。</source>
        <translation>Must not be before the date of the previous step, %1.</translation>
    </message>
    <message>
        <source>“%1”需要%2。</source>
        <translation>%2 is required for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>材料不齐，不能受理：
  %1
请先补齐材料，或由审核员写明理由后破例受理（--override 理由）。</source>
        <translation>The materials are incomplete, so the filing cannot be accepted:
  %1
Complete the materials first, or have a supervisor accept it as an exception, giving the reason (--override reason).</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <source>%1 项必备材料未收到或有缺陷。</source>
        <translation>%1 required items are missing or defective.</translation>
    </message>
    <message>
        <source>补正内容</source>
        <translation>Items to correct</translation>
    </message>
    <message>
        <source>请列出企业需要补正的内容（材料清单中标为缺少或有缺陷的项目会自动列入）。</source>
        <translation>List what the enterprise must correct (items marked missing or defective in the materials checklist are included automatically).</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>请写明理由（--note）。</source>
        <translation>Give the reason (--note).</translation>
    </message>
    <message>
        <source>评估意见</source>
        <translation>Evaluation findings</translation>
    </message>
    <message>
        <source>请写明阶段评估的主要发现（--note）。</source>
        <translation>Give the main findings of the phase evaluation (--note).</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>请填写决定所依据的文件文号（--doc-number）。</source>
        <translation>Give the number of the document the decision is based on (--doc-number).</translation>
    </message>
    <message>
        <source>评价机构序列码按备案顺序赋予：备案申请 %1（%2）复核通过在先，请先公布它。</source>
        <translation>Organisation serials are given in filing order: filing %1 (%2) passed the Ministry&apos;s re-check earlier. Publish it first.</translation>
    </message>
    <message>
        <source>无法分配评价机构序列码。</source>
        <translation>Could not assign an organisation serial.</translation>
    </message>
    <message>
        <source>无法读取目录版本。</source>
        <translation>Could not read the catalogue versions.</translation>
    </message>
    <message>
        <source>目录第 %1 版已于 %2 生效，本次调整的日期 %3 不能早于它。</source>
        <translation>Version %1 of the catalogue took effect on %2; the date of this change, %3, must not be earlier.</translation>
    </message>
    <message>
        <source>不能早于 %1。</source>
        <translation>Must not be before %1.</translation>
    </message>
    <message>
        <source>目录第 %1 版不存在。</source>
        <translation>Version %1 of the catalogue does not exist.</translation>
    </message>
    <message>
        <source>中央企业驻津分支机构须已向人社部完成试点备案，但未填写人社部备案文号。</source>
        <translation>A Tianjin branch of a central SOE must already have filed its pilot with the Ministry (MOHRSS), but no Ministry filing reference is given.</translation>
    </message>
    <message>
        <source>统一社会信用代码未通过校验，经核实保留：%1</source>
        <translation>The USCC fails the check and was kept after verification: %1</translation>
    </message>
    <message>
        <source>未填写申请开展评价的职业（工种）。</source>
        <translation>No occupations applied for are given.</translation>
    </message>
    <message>
        <source>职业“%1 %2”：%3</source>
        <translation>Occupation &quot;%1 %2&quot;: %3</translation>
    </message>
    <message>
        <source>职业“%1”没有列出考评领域相符的考评人员。</source>
        <translation>Occupation &quot;%1&quot;: no assessor is listed whose field matches it.</translation>
    </message>
    <message>
        <source>职业“%1”没有列出督导领域相符的质量督导人员。</source>
        <translation>Occupation &quot;%1&quot;: no quality supervisor is listed whose field matches it.</translation>
    </message>
    <message>
        <source>未填写考核场地情况。</source>
        <translation>No premises for assessment are given.</translation>
    </message>
    <message>
        <source>未填写设施设备情况。</source>
        <translation>No facilities and equipment are given.</translation>
    </message>
    <message>
        <source>未填写计算机考务管理及视频监控设备配置情况。</source>
        <translation>No computers for exam administration or video surveillance equipment are given.</translation>
    </message>
    <message>
        <source>未列出专职工作人员。</source>
        <translation>No full-time staff are listed.</translation>
    </message>
    <message>
        <source>未列出专家。</source>
        <translation>No experts are listed.</translation>
    </message>
</context>
<context>
    <name>jd::Maintenance</name>
    <message>
        <source>备份已取消，未留下备份文件。</source>
        <translation>Backup cancelled; no backup file was left.</translation>
    </message>
    <message>
        <source>无法开始备份。</source>
        <translation>Cannot start the backup.</translation>
    </message>
    <message>
        <source>备份或恢复过程中出错，未完成。</source>
        <translation>An error occurred during the backup or restore; it was not completed.</translation>
    </message>
    <message>
        <source>完整性：%1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>外键：表 %1 第 %2 行引用的 %3 记录不存在。</source>
        <translation>Foreign key: the %3 record referred to by row %2 of table %1 does not exist.</translation>
    </message>
    <message>
        <source>无法写入备份文件“%1”：%2</source>
        <translation>Cannot write the backup file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>无法创建备份文件“%1”。</source>
        <translation>Cannot create the backup file &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>数据库驱动不支持在线备份。</source>
        <translation>The database driver does not support online backup.</translation>
    </message>
    <message>
        <source>备份文件不能与数据库是同一个文件，请换一个位置。</source>
        <translation>The backup file cannot be the database file itself. Choose another location.</translation>
    </message>
    <message>
        <source>无法写入备份文件“%1”。</source>
        <translation>Cannot write the backup file &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>备份文件“%1”不存在。</source>
        <translation>The backup file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>无法读取备份文件“%1”。</source>
        <translation>Cannot read the backup file &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1”不能用于恢复：%2</source>
        <translation>&quot;%1&quot; cannot be used for a restore: %2</translation>
    </message>
    <message>
        <source>“%1”未通过检查，不能用于恢复：
%2</source>
        <translation>&quot;%1&quot; failed the check and cannot be used for a restore:
%2</translation>
    </message>
    <message>
        <source>服务器数据库不在程序里整体恢复，以免覆盖其他人正在使用的数据。请让服务器管理员新建一个空数据库，再用 jianding-cli migrate --from 备份文件 --to 新数据库地址 把备份迁入。</source>
        <translation>A server database is not restored as a whole from within the program, so as not to overwrite data other people are using. Ask the server administrator to create a new, empty database, then move the backup into it with jianding-cli migrate --from BACKUP-FILE --to NEW-DATABASE-ADDRESS.</translation>
    </message>
    <message>
        <source>数据库驱动不支持在线恢复。</source>
        <translation>The database driver does not support online restore.</translation>
    </message>
    <message>
        <source>无法创建备份文件夹“%1”。</source>
        <translation>Cannot create the backup folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>恢复已取消，当前数据未改变。</source>
        <translation>Restore cancelled; the current data is unchanged.</translation>
    </message>
    <message>
        <source>已取消检查备份文件，当前数据未改变。</source>
        <translation>Checking the backup file was cancelled; the current data is unchanged.</translation>
    </message>
</context>
<context>
    <name>jd::NationalExport</name>
    <message>
        <source>无法创建 XLSX 文件。</source>
        <translation>Cannot create the XLSX file.</translation>
    </message>
    <message>
        <source>无法在 XLSX 文件中新建第 %1 张工作表。</source>
        <translation>Cannot add sheet %1 to the XLSX file.</translation>
    </message>
    <message>
        <source>写入 XLSX 第 %1 行失败。</source>
        <translation>Writing row %1 of the XLSX file failed.</translation>
    </message>
    <message>
        <source>每张工作表的行数应在 1 到 %1 之间。</source>
        <translation>The number of rows per sheet must be between 1 and %1.</translation>
    </message>
    <message>
        <source>导出批次 %1 不存在。</source>
        <translation>Export batch %1 does not exist.</translation>
    </message>
    <message>
        <source>导出文件的扩展名应为 .csv 或 .xlsx。</source>
        <translation>The export file must have the extension .csv or .xlsx.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>写入“%1”失败：%2</source>
        <translation>Writing &quot;%1&quot; failed: %2</translation>
    </message>
    <message>
        <source>导出已取消，未记录批次。</source>
        <translation>Export cancelled; no batch was recorded.</translation>
    </message>
    <message>
        <source>读取证书失败。</source>
        <translation>Reading the certificates failed.</translation>
    </message>
</context>
<context>
    <name>jd::NumberingService</name>
    <message>
        <source>评价机构 %1 的 %2 年 %3 级证书号段已使用 %4%（%5 / 999999），请关注。</source>
        <translation>Organisation %1 has used %4% of its serials for %2, level %3 (%5 / 999999). Keep an eye on it.</translation>
    </message>
    <message>
        <source>等级应为 1–5，现为 %1。</source>
        <translation>The level must be 1–5, but is %1.</translation>
    </message>
    <message>
        <source>发证年份 %1 不在 2019–2099 之间。</source>
        <translation>The year of issue %1 is not between 2019 and 2099.</translation>
    </message>
    <message>
        <source>要预留的证书数量应至少为 1。</source>
        <translation>The number of certificates to reserve must be at least 1.</translation>
    </message>
    <message>
        <source>企业 %1 还没有评价机构序列码（尚未公布为试点企业），不能分配证书号段。</source>
        <translation>Enterprise %1 has no organisation serial yet (it has not been published as a pilot enterprise), so no serial block can be reserved.</translation>
    </message>
    <message>
        <source>%1 已终止备案，证书号段已冻结，不能分配新号段。</source>
        <translation>The filing of %1 has been terminated: its serial blocks are frozen and no new block can be reserved.</translation>
    </message>
    <message>
        <source>%1 已暂停，证书号段已冻结，不能分配新号段。</source>
        <translation>%1 is suspended: its serial blocks are frozen and no new block can be reserved.</translation>
    </message>
    <message>
        <source>读取证书号段失败。</source>
        <translation>Could not read the serial blocks.</translation>
    </message>
    <message>
        <source>%1 的 %2 年 %3 级证书号段只剩 %4 个，不够 %5 个。</source>
        <translation>%1 has only %4 serials left for %2, level %3, not enough for %5.</translation>
    </message>
    <message>
        <source>旧版职业资格证书编号不由本系统发放，不能作废。</source>
        <translation>Old vocational qualification certificate numbers are not issued by this system and cannot be voided.</translation>
    </message>
    <message>
        <source>作废证书编号须写明原因（如打印损坏）。</source>
        <translation>Give the reason for voiding a certificate number (e.g. damaged in printing).</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>证书编号 %1 不在任何已分配的号段内，无需作废。</source>
        <translation>The certificate number %1 is not in any reserved serial block, so there is nothing to void.</translation>
    </message>
    <message>
        <source>证书编号 %1 已作废（%2）。</source>
        <translation>The certificate number %1 has already been voided (%2).</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>应为 Y（用人单位）或 S（社会培训评价组织）。</source>
        <translation>Must be Y (employer) or S (training body).</translation>
    </message>
    <message>
        <source>人社部备案代码</source>
        <translation>Ministry code</translation>
    </message>
    <message>
        <source>应为 4 位数字（向省级备案的为 0000）。</source>
        <translation>Must be 4 digits (0000 for filings with the province).</translation>
    </message>
    <message>
        <source>省级代码</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>应为 2 位数字（天津 12）。</source>
        <translation>Must be 2 digits (12 for Tianjin).</translation>
    </message>
    <message>
        <source>证书编号前缀设置有误，未修改。</source>
        <translation>The certificate number prefix settings are not correct; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>jd::OccupationCatalogue</name>
    <message>
        <source>缺少参考数据文件 %1。</source>
        <translation>The reference data file %1 is missing.</translation>
    </message>
    <message>
        <source>载入职业目录失败。</source>
        <translation>Could not load the occupation catalogue.</translation>
    </message>
    <message>
        <source>载入职业资格目录失败。</source>
        <translation>Could not load the vocational qualification catalogue.</translation>
    </message>
    <message>
        <source>“%1”属于国家职业资格目录中的准入类职业，不纳入企业技能等级认定试点。</source>
        <translation>&quot;%1&quot; is an access-type occupation in the National Vocational Qualification Catalogue and is excluded from the enterprise skill level certification pilot.</translation>
    </message>
    <message>
        <source>职业名称与编码不符：编码 %1 在职业分类大典中是“%2”，请改正名称或编码。</source>
        <translation>The occupation name does not match the code: in the Occupational Classification, code %1 is &quot;%2&quot;. Correct the name or the code.</translation>
    </message>
    <message>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>表头应包含 edition,code,name（或 版本,职业编码,职业名称）三列。</source>
        <translation>The header must contain the three columns edition, code and name.</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>不能为空，如 2015 或 2022。</source>
        <translation>Must not be empty, e.g. 2015 or 2022.</translation>
    </message>
    <message>
        <source>职业编码</source>
        <translation>Occupation code</translation>
    </message>
    <message>
        <source>应为 D-DD-DD-DD 格式。</source>
        <translation>Must have the format D-DD-DD-DD.</translation>
    </message>
    <message>
        <source>职业名称</source>
        <translation>Occupation name</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>职业目录文件有 %1 处错误，未导入任何数据。</source>
        <translation>The occupation catalogue file has %1 errors; nothing was imported.</translation>
    </message>
    <message>
        <source>导入职业目录失败，未导入任何数据。</source>
        <translation>Importing the occupation catalogue failed; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>jd::PlanService</name>
    <message>
        <source>逾期计划的处理方式应为 warn（提示）或 refuse（拒收）。</source>
        <translation>Late plans must be handled with warn (accept with a warning) or refuse (do not accept).</translation>
    </message>
    <message>
        <source>应为 YYYY-MM-DD 格式的日期。</source>
        <translation>Must be a date in YYYY-MM-DD format.</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>预计人数</source>
        <translation>Expected candidates</translation>
    </message>
    <message>
        <source>应为正整数。</source>
        <translation>Must be a positive whole number.</translation>
    </message>
    <message>
        <source>不能早于开始日期 %1。</source>
        <translation>Must not be earlier than the start date %1.</translation>
    </message>
    <message>
        <source>不能晚于今天。</source>
        <translation>Must not be after today.</translation>
    </message>
    <message>
        <source>%1 不是在目录中的试点企业（当前状态：%2），不能报送认定计划。</source>
        <translation>%1 is not a pilot enterprise in the catalogue (current status: %2), so it cannot submit a certification plan.</translation>
    </message>
    <message>
        <source>未申请备案</source>
        <translation>no filing</translation>
    </message>
    <message>
        <source>认定职业</source>
        <translation>Occupations to certify</translation>
    </message>
    <message>
        <source>至少列出一个职业（工种）及等级。</source>
        <translation>List at least one occupation (trade) and level.</translation>
    </message>
    <message>
        <source>第 %1 个职业</source>
        <translation>Occupation %1</translation>
    </message>
    <message>
        <source>%1 不在该企业备案的职业范围内。</source>
        <translation>%1 is not among the occupations the enterprise was filed for.</translation>
    </message>
    <message>
        <source>%1 的等级</source>
        <translation>Levels of %1</translation>
    </message>
    <message>
        <source>%1 不在备案等级（%2）之内。</source>
        <translation>%1 is not among the filed levels (%2).</translation>
    </message>
    <message>
        <source>至少选择一个等级。</source>
        <translation>Choose at least one level.</translation>
    </message>
    <message>
        <source>考评人员</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>“%1”不在该企业登记的考评人员名单中，请先在企业登记中补充。</source>
        <translation>&quot;%1&quot; is not in the enterprise&apos;s registered list of assessors. Add the person in the enterprise register first.</translation>
    </message>
    <message>
        <source>质量督导人员</source>
        <translation>Quality supervisors</translation>
    </message>
    <message>
        <source>“%1”不在该企业登记的质量督导人员名单中，请先在企业登记中补充。</source>
        <translation>&quot;%1&quot; is not in the enterprise&apos;s registered list of quality supervisors. Add the person in the enterprise register first.</translation>
    </message>
    <message>
        <source>认定计划有 %1 处需要修改，未保存。</source>
        <translation>The certification plan has %1 entries to correct; nothing was saved.</translation>
    </message>
    <message>
        <source>认定计划应在开始前 %1 个工作日（%2 前）报送，%3 报送已逾期，按规定不予接收。</source>
        <translation>A certification plan must be submitted %1 working days before the start (by %2). Submitted on %3, it is late and by the rules cannot be accepted.</translation>
    </message>
    <message>
        <source>认定计划 %1 不存在。</source>
        <translation>Certification plan %1 does not exist.</translation>
    </message>
    <message>
        <source>逾期报送：应在开始前 %1 个工作日（%2 前）报送，实际 %3 报送。</source>
        <translation>Submitted late: due %1 working days before the start (by %2), actually submitted on %3.</translation>
    </message>
    <message>
        <source>未指定考评人员。</source>
        <translation>No assessors are named.</translation>
    </message>
    <message>
        <source>未指定质量督导人员。</source>
        <translation>No quality supervisors are named.</translation>
    </message>
    <message>
        <source>已逾期：应不晚于 %1。</source>
        <translation>Too late: due by %1.</translation>
    </message>
</context>
<context>
    <name>jd::ResultService</name>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>模板文件的扩展名应为 .xlsx 或 .csv。</source>
        <translation>The template file must have the extension .xlsx or .csv.</translation>
    </message>
    <message>
        <source>无法写入“%1”。</source>
        <translation>Cannot write &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>写入“%1”失败。</source>
        <translation>Writing &quot;%1&quot; failed.</translation>
    </message>
    <message>
        <source>无法读取文件“%1”：%2</source>
        <translation>Cannot read the file &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>不支持旧版 .xls：请在 Excel 中把“%1”另存为 .xlsx 或“CSV UTF-8（逗号分隔）”后导入。</source>
        <translation>The old .xls format is not supported: in Excel, save &quot;%1&quot; as .xlsx or &quot;CSV UTF-8 (Comma delimited)&quot;, then import it.</translation>
    </message>
    <message>
        <source>单元格 %1%2 含公式，请复制后“选择性粘贴为数值”。</source>
        <translation>Cell %1%2 contains a formula: copy it and use &quot;Paste Values&quot;.</translation>
    </message>
    <message>
        <source>有合并单元格 %1，请取消合并并在每个单元格填写。</source>
        <translation>There are merged cells %1: unmerge them and fill in each cell.</translation>
    </message>
    <message>
        <source>报送日期 %1 晚于今天。</source>
        <translation>The submission date %1 is later than today.</translation>
    </message>
    <message>
        <source>报送日期 %1 早于计划结束日期 %2：认定结束后才能报送结果。</source>
        <translation>The submission date %1 is earlier than the plan&apos;s end date %2: results can be submitted only after the certification has ended.</translation>
    </message>
    <message>
        <source>文件是空的。请使用结果名单模板填写。</source>
        <translation>The file is empty. Fill in the result list template.</translation>
    </message>
    <message>
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>“%1”不是模板中的列名。</source>
        <translation>&quot;%1&quot; is not a column name of the template.</translation>
    </message>
    <message>
        <source>缺少此列。表头应为：%1</source>
        <translation>This column is missing. The header must be: %1</translation>
    </message>
    <message>
        <source>结果名单表头不正确（文件编码 %1），未导入任何数据。</source>
        <translation>The header of the result list is not correct (file encoding %1); nothing was imported.</translation>
    </message>
    <message>
        <source>导入已取消，未导入任何数据。</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>单元格含公式，请粘贴为数值。</source>
        <translation>The cell contains a formula. Paste it as values.</translation>
    </message>
    <message>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>无法识别，应为%1、%2等。</source>
        <translation>Not recognised: must be an ID type such as %1 or %2.</translation>
    </message>
    <message>
        <source>应为“%1”或“%2”。</source>
        <translation>Must be &quot;%1&quot; or &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>与身份证号码第 17 位所示性别不符。</source>
        <translation>Does not match the gender given by digit 17 of the ID number.</translation>
    </message>
    <message>
        <source>不在认定计划 %1 的职业范围内。</source>
        <translation>Not among the occupations of certification plan %1.</translation>
    </message>
    <message>
        <source>与职业编码 %1 不符，应为“%2”。</source>
        <translation>Does not match occupation code %1: it must be &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>应为 1–5 或“%1”这样的等级。</source>
        <translation>Must be a level from 1 to 5, or a level name such as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 不在计划的等级（%2）之内。</source>
        <translation>%1 is not among the levels of the plan (%2).</translation>
    </message>
    <message>
        <source>应为 0–100 的分数。</source>
        <translation>Must be a score from 0 to 100.</translation>
    </message>
    <message>
        <source>试点只面向社保参保地在天津的本单位职工。</source>
        <translation>The pilot is only for the enterprise&apos;s own employees whose social insurance is in Tianjin.</translation>
    </message>
    <message>
        <source>有成绩低于 %1 分，不能判为合格。</source>
        <translation>A score is below %1, so the candidate cannot be marked as passed.</translation>
    </message>
    <message>
        <source>各项成绩均达到 %1 分，应判为合格，请核对。</source>
        <translation>All scores reach %1, so the candidate should be marked as passed. Please check.</translation>
    </message>
    <message>
        <source>与第 %1 行重复（同一人、同一职业、同一等级）。</source>
        <translation>Duplicate of row %1 (same person, occupation and level).</translation>
    </message>
    <message>
        <source>此人已取得（或已报送）同一职业同一等级的证书。</source>
        <translation>This person already holds (or has already been submitted for) a certificate in the same occupation at the same level.</translation>
    </message>
    <message>
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <source>名单中没有考生。</source>
        <translation>The list contains no candidates.</translation>
    </message>
    <message>
        <source>结果名单有 %1 行 %2 处问题（文件编码 %3），未导入任何数据。请把错误报告发回企业更正。</source>
        <translation>The result list has %2 problems in %1 rows (file encoding %3); nothing was imported. Send the error report back to the enterprise for correction.</translation>
    </message>
    <message>
        <source>保存结果名单失败，未导入任何数据。</source>
        <translation>Saving the result list failed; nothing was imported.</translation>
    </message>
    <message>
        <source>确认日期 %1 晚于今天。</source>
        <translation>The confirmation date %1 is later than today.</translation>
    </message>
    <message>
        <source>认定结果备案 %1 已于 %2 确认，不能重复确认。</source>
        <translation>Result filing %1 was already confirmed on %2 and cannot be confirmed again.</translation>
    </message>
    <message>
        <source>确认日期 %1 早于报送日期 %2。</source>
        <translation>The confirmation date %1 is earlier than the submission date %2.</translation>
    </message>
    <message>
        <source>编制证书编号失败，确认未完成。</source>
        <translation>Numbering the certificates failed; the confirmation was not completed.</translation>
    </message>
    <message>
        <source>认定结果备案 %1 不存在。</source>
        <translation>Result filing %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>jd::ReviewPackage</name>
    <message>
        <source>无法打开评分包“%1”：%2</source>
        <translation>Cannot open the scoring package &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>“%1”不是鉴定系统的离线评分包（*.%2），或文件已损坏。</source>
        <translation>&quot;%1&quot; is not a Jianding offline scoring package (*.%2), or the file is damaged.</translation>
    </message>
    <message>
        <source>评分包格式版本 %1 不受支持，请升级程序。</source>
        <translation>Scoring package format version %1 is not supported; please upgrade the program.</translation>
    </message>
    <message>
        <source>访问码应为 12 位字母和数字（如 ABCD-EFGH-JKMN），请核对中心给您的访问码。</source>
        <translation>The access code must be 12 letters and digits (e.g. ABCD-EFGH-JKMN); check the access code the Centre gave you.</translation>
    </message>
    <message>
        <source>访问码</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>应为 12 位。</source>
        <translation>Must be 12 characters.</translation>
    </message>
    <message>
        <source>评分包已损坏（缺少密钥参数）。</source>
        <translation>The scoring package is damaged (key parameters missing).</translation>
    </message>
    <message>
        <source>访问码不正确：请核对中心导出评分包时给您的访问码。</source>
        <translation>The access code is wrong: check the access code the Centre gave you when it exported the package.</translation>
    </message>
    <message>
        <source>与此评分包不符。</source>
        <translation>Does not match this scoring package.</translation>
    </message>
    <message>
        <source>评分包内容已被改动（校验不符），不能使用。请向中心重新索取评分包。</source>
        <translation>The scoring package has been altered (checksum mismatch) and cannot be used. Ask the Centre for a new package.</translation>
    </message>
    <message>
        <source>评分包“%1”的内容在专家保存后被改动过（校验不符），不能导入。请让专家重新填写并保存。</source>
        <translation>The scoring package &quot;%1&quot; was altered after the expert saved it (checksum mismatch) and cannot be imported. Ask the expert to fill it in and save it again.</translation>
    </message>
    <message>
        <source>评分标准第 %1 版中没有评分项“%2”。</source>
        <translation>Version %1 of the criteria template has no criterion &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>不存在。</source>
        <translation>Does not exist.</translation>
    </message>
    <message>
        <source>评分包未用访问码打开，不能保存。</source>
        <translation>The scoring package was not opened with an access code and cannot be saved.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>保存评分包“%1”失败：%2</source>
        <translation>Saving the scoring package &quot;%1&quot; failed: %2</translation>
    </message>
</context>
<context>
    <name>jd::ReviewService</name>
    <message>
        <source>备案申请 %1 不存在，请核对编号。</source>
        <translation>Filing %1 does not exist; check the number.</translation>
    </message>
    <message>
        <source>列在申报企业的专职工作人员名单中</source>
        <translation>on the applicant enterprise&apos;s list of full-time staff</translation>
    </message>
    <message>
        <source>列在申报企业的专家名单中</source>
        <translation>on the applicant enterprise&apos;s list of experts</translation>
    </message>
    <message>
        <source>列在申报企业的考评人员名单中</source>
        <translation>on the applicant enterprise&apos;s list of assessors</translation>
    </message>
    <message>
        <source>列在申报企业的质量督导人员名单中</source>
        <translation>on the applicant enterprise&apos;s list of quality supervisors</translation>
    </message>
    <message>
        <source>评分标准第 %1 版不存在。</source>
        <translation>Version %1 of the criteria template does not exist.</translation>
    </message>
    <message>
        <source>还没有评分标准，请管理员先建立。</source>
        <translation>There is no criteria template yet; an administrator must create one first.</translation>
    </message>
    <message>
        <source>备案申请 %1 还没有抽取专家组。</source>
        <translation>No expert panel has been drawn for filing %1 yet.</translation>
    </message>
    <message>
        <source>专家 %1 不是备案申请 %2 专家组的现任成员。</source>
        <translation>Expert %1 is not a current member of the expert panel for filing %2.</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>不在专家组中。</source>
        <translation>Not on the panel.</translation>
    </message>
    <message>
        <source>备案申请 %1 还没有专家组评分：请先抽取专家组并录入评分，再登记“完成评分”。</source>
        <translation>Filing %1 has no panel scores yet: draw the expert panel and enter the scores first, then record &quot;Complete Scoring&quot;.</translation>
    </message>
    <message>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <source>尚未抽取专家组。</source>
        <translation>No expert panel drawn yet.</translation>
    </message>
    <message>
        <source>评分未完成，还缺 %1 项：
  %2%3</source>
        <translation>Scoring is incomplete; scores still missing (%1):
  %2%3</translation>
    </message>
    <message>
        <source>
  ……</source>
        <translation>
  ...</translation>
    </message>
    <message>
        <source>专家评分</source>
        <translation>Expert scores</translation>
    </message>
    <message>
        <source>%1 名专家中 %2 名的评分表已填完。</source>
        <translation>%2 of %1 experts have completed their score sheets.</translation>
    </message>
    <message>
        <source>专家组评审触发否决项，不能列入建议名单；请选择“不列入建议名单”。</source>
        <translation>The panel review triggered a veto item, so the filing cannot be recommended; choose &quot;Do Not Recommend&quot;.</translation>
    </message>
    <message>
        <source>专家组评审总分 %1 低于合格线 %2，不能列入建议名单；请选择“不列入建议名单”。</source>
        <translation>The panel review total of %1 is below the pass line of %2, so the filing cannot be recommended; choose &quot;Do Not Recommend&quot;.</translation>
    </message>
    <message>
        <source>在申报企业任职（%1）</source>
        <translation>employed by the applicant enterprise (%1)</translation>
    </message>
    <message>
        <source>已申报回避：%1</source>
        <translation>declared conflict: %1</translation>
    </message>
    <message>
        <source>专家组人数应为不少于 3 的奇数（如 5、7），不能是 %1。</source>
        <translation>The panel size must be an odd number of at least 3 (e.g. 5 or 7), not %1.</translation>
    </message>
    <message>
        <source>专家组人数</source>
        <translation>Panel size</translation>
    </message>
    <message>
        <source>应为不少于 3 的奇数。</source>
        <translation>Must be an odd number of at least 3.</translation>
    </message>
    <message>
        <source>备案申请 %1 当前状态为“%2”：专家组只能在“材料已受理”或“现场评估”阶段抽取。</source>
        <translation>Filing %1 is currently &quot;%2&quot;: the expert panel can be drawn only at the &quot;Materials accepted&quot; or &quot;Site visit&quot; stage.</translation>
    </message>
    <message>
        <source>备案申请 %1 的专家组已有评分，不能重新抽取；如个别专家不能到场，请“更换专家”。</source>
        <translation>The expert panel for filing %1 already has scores and cannot be redrawn; if an expert cannot attend, use &quot;Replace Expert&quot;.</translation>
    </message>
    <message>
        <source>专家库中专业对口且无需回避的专家只有 %1 名（对口 %2 名），少于专家组人数 %3。请在专家库中补充该企业申报职业（%4）领域的专家，或减少人数。</source>
        <translation>The expert pool has only %1 experts with a matching specialty and no conflict (%2 with a matching specialty), fewer than the panel size of %3. Add experts in the fields of the occupations the enterprise applies for (%4) to the pool, or reduce the panel size.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>可抽取的专家只有 %1 名。</source>
        <translation>Only %1 experts can be drawn.</translation>
    </message>
    <message>
        <source>更换专家需要写明理由（如“因病不能到场”）。</source>
        <translation>Replacing an expert requires a reason (e.g. &quot;ill and cannot attend&quot;).</translation>
    </message>
    <message>
        <source>更换理由</source>
        <translation>Reason for replacement</translation>
    </message>
    <message>
        <source>请写明理由。</source>
        <translation>Please give the reason.</translation>
    </message>
    <message>
        <source>备案申请 %1 当前状态为“%2”，专家组已不能调整。</source>
        <translation>Filing %1 is currently &quot;%2&quot;; the expert panel can no longer be changed.</translation>
    </message>
    <message>
        <source>专家“%1”已录入 %2 项评分，不能更换；请先清空其评分表。</source>
        <translation>Expert &quot;%1&quot; already has %2 scores entered and cannot be replaced; clear their score sheet first.</translation>
    </message>
    <message>
        <source>抽取名单中已没有可递补的专家：请指定一名专家替换。</source>
        <translation>The draw list has no substitute left: choose a replacement expert yourself.</translation>
    </message>
    <message>
        <source>专家 %1 不在专家库中或已停用。</source>
        <translation>Expert %1 is not in the expert pool or is disabled.</translation>
    </message>
    <message>
        <source>替换专家</source>
        <translation>Replacement expert</translation>
    </message>
    <message>
        <source>不可用。</source>
        <translation>Not available.</translation>
    </message>
    <message>
        <source>专家“%1”已在（或曾在）本专家组中。</source>
        <translation>Expert &quot;%1&quot; is (or was) already on this panel.</translation>
    </message>
    <message>
        <source>专家“%1”须回避：%2。</source>
        <translation>Expert &quot;%1&quot; must stand aside: %2.</translation>
    </message>
    <message>
        <source>专家“%1”的专业领域（%2）与企业申报职业（%3）不对口。</source>
        <translation>The specialties of expert &quot;%1&quot; (%2) do not match the occupations the enterprise applies for (%3).</translation>
    </message>
    <message>
        <source>现场评估日期</source>
        <translation>Site visit date</translation>
    </message>
    <message>
        <source>请填写日期（YYYY-MM-DD）。</source>
        <translation>Please enter the date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>现场评估地点</source>
        <translation>Site visit place</translation>
    </message>
    <message>
        <source>请填写地点。</source>
        <translation>Please enter the place.</translation>
    </message>
    <message>
        <source>请填写现场评估的日期和地点。</source>
        <translation>Please enter the date and place of the site visit.</translation>
    </message>
    <message>
        <source>请填写现场评估的日期。</source>
        <translation>Please enter the date of the site visit.</translation>
    </message>
    <message>
        <source>请填写现场评估的地点。</source>
        <translation>Please enter the place of the site visit.</translation>
    </message>
    <message>
        <source>备案申请 %1 当前状态为“%2”，现场评估安排已不能修改。</source>
        <translation>Filing %1 is currently &quot;%2&quot;; the site visit arrangements can no longer be changed.</translation>
    </message>
    <message>
        <source>备案申请 %1 当前状态为“%2”：专家组意见在现场评估和评分阶段填写。</source>
        <translation>Filing %1 is currently &quot;%2&quot;: the panel opinion is written at the site visit and scoring stages.</translation>
    </message>
    <message>
        <source>专家 %1 不在备案申请 %2 的专家组中。</source>
        <translation>Expert %1 is not on the expert panel for filing %2.</translation>
    </message>
    <message>
        <source>备案申请 %1 当前状态为“%2”：评分只能在“现场评估”阶段录入%3。</source>
        <translation>Filing %1 is currently &quot;%2&quot;: scores can be entered only at the &quot;Site visit&quot; stage%3.</translation>
    </message>
    <message>
        <source>（请先登记“安排现场评估”）</source>
        <translation> (record &quot;Schedule Site Visit&quot; first)</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>评分标准第 %1 版中没有评分项“%2”。</source>
        <translation>Version %1 of the criteria template has no criterion &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>同一评分项出现两次。</source>
        <translation>The same criterion appears twice.</translation>
    </message>
    <message>
        <source>评分表有 %1 处错误，未保存：
  %2</source>
        <translation>The score sheet has errors (%1) and was not saved:
  %2</translation>
    </message>
    <message>
        <source>评分文件的表头应为 filing_id,expert_id,criterion,score（可加 comment），文件中是 %1。</source>
        <translation>The score file header must be filing_id,expert_id,criterion,score (comment may be added); the file has %1.</translation>
    </message>
    <message>
        <source>应为备案申请编号（整数）。</source>
        <translation>Must be a filing number (an integer).</translation>
    </message>
    <message>
        <source>评分标准第 %1 版中没有评分项“%2”（用 review template show 查看编号）。</source>
        <translation>Version %1 of the criteria template has no criterion &quot;%2&quot; (use review template show to see the IDs).</translation>
    </message>
    <message>
        <source>得分应为数字。</source>
        <translation>The score must be a number.</translation>
    </message>
    <message>
        <source>同一专家对同一评分项的得分在文件中出现多次。</source>
        <translation>The same expert&apos;s score for the same criterion appears more than once in the file.</translation>
    </message>
    <message>
        <source>批次 %1 不存在。</source>
        <translation>Batch %1 does not exist.</translation>
    </message>
    <message>
        <source>备案申请 %1 当前状态为“%2”：离线评分包只在现场评估前后导出。</source>
        <translation>Filing %1 is currently &quot;%2&quot;: offline scoring packages are exported only around the site visit.</translation>
    </message>
    <message>
        <source>加密组件初始化失败。</source>
        <translation>The encryption component failed to initialise.</translation>
    </message>
    <message>
        <source>生成评分包密钥失败。</source>
        <translation>Generating the scoring package key failed.</translation>
    </message>
    <message>
        <source>评分包“%1”不是本数据库导出的（编号 %2 无记录），不能导入。</source>
        <translation>The scoring package &quot;%1&quot; was not exported from this database (no record of package %2) and cannot be imported.</translation>
    </message>
    <message>
        <source>该评分包已于 %1 由“%2”导入，不能重复导入。</source>
        <translation>This scoring package was already imported by &quot;%2&quot; at %1 and cannot be imported again.</translation>
    </message>
    <message>
        <source>评分包写明的备案申请或专家与导出记录不符（记录：备案申请 %1、专家 %2），不能导入。</source>
        <translation>The filing or expert named in the scoring package does not match the export record (record: filing %1, expert %2); it cannot be imported.</translation>
    </message>
    <message>
        <source>评分包按评分标准第 %1 版填写，而专家组使用第 %2 版，不能导入。</source>
        <translation>The scoring package was filled in against version %1 of the criteria template, but the panel uses version %2; it cannot be imported.</translation>
    </message>
    <message>
        <source>专家“%1”已不在备案申请 %2 的专家组中，其评分包不能导入。</source>
        <translation>Expert &quot;%1&quot; is no longer on the expert panel for filing %2; their scoring package cannot be imported.</translation>
    </message>
    <message>
        <source>专家“%1”已有 %2 项评分（%3），评分包未导入；如以评分包为准，请先清空该专家的评分表。</source>
        <translation>Expert &quot;%1&quot; already has %2 scores (%3), so the scoring package was not imported; to use the package instead, clear this expert&apos;s score sheet first.</translation>
    </message>
    <message>
        <source>来自另一评分包</source>
        <translation>from another scoring package</translation>
    </message>
    <message>
        <source>已录入</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>评分包尚未填完（已评 %1 项，共 %2 项），请专家填完后再导入。</source>
        <translation>The scoring package is not complete (%1 of %2 criteria scored); have the expert finish it before importing.</translation>
    </message>
    <message>
        <source>评分包中的评分项“%1”不在评分标准中。</source>
        <translation>Criterion &quot;%1&quot; in the scoring package is not in the criteria template.</translation>
    </message>
</context>
<context>
    <name>jd::ReviewTemplate</name>
    <message>
        <source>标准名称</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>请填写评分标准的名称。</source>
        <translation>Please enter the name of the criteria template.</translation>
    </message>
    <message>
        <source>合格线</source>
        <translation>Pass line</translation>
    </message>
    <message>
        <source>合格线应在 0 到 100 分之间。</source>
        <translation>The pass line must be between 0 and 100 points.</translation>
    </message>
    <message>
        <source>评分项</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>至少需要一个评分项。</source>
        <translation>At least one criterion is required.</translation>
    </message>
    <message>
        <source>第 %1 项（%2）</source>
        <translation>Item %1 (%2)</translation>
    </message>
    <message>
        <source>编号不能为空。</source>
        <translation>The ID must not be empty.</translation>
    </message>
    <message>
        <source>编号“%1”重复，每个评分项的编号须唯一。</source>
        <translation>ID &quot;%1&quot; is used twice; each criterion needs a unique ID.</translation>
    </message>
    <message>
        <source>名称不能为空。</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>上级“%1”不存在或排在本项之后；上级须列在其下属评分项之前。</source>
        <translation>Parent &quot;%1&quot; does not exist or comes after this item; a parent must be listed before the criteria under it.</translation>
    </message>
    <message>
        <source>分组本身不评分：请把分值、权重和否决项设在其下属评分项上。</source>
        <translation>A group is not scored itself: set the max score, weight and veto on the criteria under it.</translation>
    </message>
    <message>
        <source>分值应大于 0（不超过 1000）。</source>
        <translation>The max score must be greater than 0 (at most 1000).</translation>
    </message>
    <message>
        <source>权重应在 0 到 100 之间。</source>
        <translation>The weight must be between 0 and 100.</translation>
    </message>
    <message>
        <source>分歧阈值不能为负数。</source>
        <translation>The spread limit must not be negative.</translation>
    </message>
    <message>
        <source>权重合计</source>
        <translation>Total weight</translation>
    </message>
    <message>
        <source>各评分项权重合计为 %1，应为 100。</source>
        <translation>The criteria weights add up to %1; they must add up to 100.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>评分标准有 %1 处需要修改：
  %2</source>
        <translation>Corrections needed in the criteria template (%1):
  %2</translation>
    </message>
    <message>
        <source>评分标准文件缺少“criteria”数组。</source>
        <translation>The criteria template file has no &quot;criteria&quot; array.</translation>
    </message>
    <message>
        <source>应为数组。</source>
        <translation>Must be an array.</translation>
    </message>
</context>
<context>
    <name>jd::Session</name>
    <message>
        <source>查看登记信息</source>
        <translation>view the register</translation>
    </message>
    <message>
        <source>录入或修改企业信息</source>
        <translation>enter or change enterprise data</translation>
    </message>
    <message>
        <source>批量导入</source>
        <translation>import in bulk</translation>
    </message>
    <message>
        <source>删除企业</source>
        <translation>delete enterprises</translation>
    </message>
    <message>
        <source>查看完整证件号码</source>
        <translation>view full ID numbers</translation>
    </message>
    <message>
        <source>修改参考数据（职业目录、工作日历）</source>
        <translation>change reference data (occupation classification, work calendar)</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>查看操作日志</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>restore the database</translation>
    </message>
    <message>
        <source>对备案申请作出受理、审定、公布、终止等决定</source>
        <translation>decide on filings (accept, approve, publish, terminate, etc.)</translation>
    </message>
    <message>
        <source>录入专家评分</source>
        <translation>enter expert scores</translation>
    </message>
    <message>
        <source>“%1”（%2）无权%3。请联系有权限的同事或管理员。</source>
        <translation>&quot;%1&quot; (%2) is not allowed to %3. Ask a colleague who has this permission, or an administrator.</translation>
    </message>
</context>
<context>
    <name>jd::SpotCheckService</name>
    <message>
        <source>读取抽查记录失败。</source>
        <translation>Reading the spot check record failed.</translation>
    </message>
    <message>
        <source>抽查数量应至少为 1。</source>
        <translation>The number of spot checks must be at least 1.</translation>
    </message>
    <message>
        <source>没有可抽查的认定计划（都已抽查过，或在所选日期之后没有计划）。</source>
        <translation>There is no certification plan to check (all have been checked already, or there are no plans after the chosen date).</translation>
    </message>
    <message>
        <source>读取认定计划失败。</source>
        <translation>Reading the certification plan failed.</translation>
    </message>
    <message>
        <source>认定计划 %1 不存在。</source>
        <translation>Certification plan %1 does not exist.</translation>
    </message>
    <message>
        <source>认定计划 %1 已列入抽查。</source>
        <translation>Certification plan %1 is already selected for a spot check.</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>应为今天或之前的日期。</source>
        <translation>Must be today or an earlier date.</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>至少填写一名检查人员。</source>
        <translation>Enter at least one inspector.</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>请写明检查情况。</source>
        <translation>Describe what the check found.</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>应为 compliant（规范）、rectify（限期整改）或 serious（严重问题）。</source>
        <translation>Must be compliant (Compliant), rectify (Rectification required) or serious (Serious problems).</translation>
    </message>
    <message>
        <source>整改要求</source>
        <translation>Rectification requirements</translation>
    </message>
    <message>
        <source>有问题时须写明整改要求。</source>
        <translation>When there are problems, state the rectification requirements.</translation>
    </message>
    <message>
        <source>抽查记录有 %1 处需要修改，未保存。</source>
        <translation>The spot check record has %1 entries to correct; nothing was saved.</translation>
    </message>
    <message>
        <source>抽查记录 %1 不存在。</source>
        <translation>Spot check record %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>jd::Statistics</name>
    <message>
        <source>统计导出文件的扩展名应为 .csv 或 .xlsx。</source>
        <translation>The statistics export file must have the extension .csv or .xlsx.</translation>
    </message>
    <message>
        <source>企业 %1 不存在。</source>
        <translation>Enterprise %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>jd::TableFile</name>
    <message>
        <source>无法写入“%1”，请检查文件夹是否存在、是否有写权限。</source>
        <translation>Cannot write &quot;%1&quot;. Check that the folder exists and that you have write permission.</translation>
    </message>
    <message>
        <source>写入“%1”失败。</source>
        <translation>Writing &quot;%1&quot; failed.</translation>
    </message>
    <message>
        <source>文件“%1”的扩展名应为 .csv 或 .xlsx。</source>
        <translation>The file &quot;%1&quot; must have the extension .csv or .xlsx.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>写入“%1”失败：%2</source>
        <translation>Writing &quot;%1&quot; failed: %2</translation>
    </message>
    <message>
        <source>工作表第 %1 行 %2 列是公式：请把公式复制后“粘贴为数值”再导入。</source>
        <translation>The cell in row %1, column %2 of the sheet is a formula: copy the formulas, use &quot;Paste Values&quot;, then import again.</translation>
    </message>
    <message>
        <source>工作表含合并单元格（%1）：请取消合并，每个单元格填写一个值。</source>
        <translation>The sheet has merged cells (%1): unmerge them and put one value in each cell.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>无法打开“%1”：%2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
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
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>错误报告</source>
        <translation>Error report</translation>
    </message>
</context>
<context>
    <name>jd::UserService</name>
    <message>
        <source>密码至少 8 位。</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>密码须同时包含字母和数字。</source>
        <translation>The password must contain both letters and digits.</translation>
    </message>
    <message>
        <source>用户“%1”不存在。</source>
        <translation>The user &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>The user name or password is not correct.</translation>
    </message>
    <message>
        <source>账户“%1”已停用，请联系管理员。</source>
        <translation>The account &quot;%1&quot; is disabled. Contact an administrator.</translation>
    </message>
    <message>
        <source>账户“%1”因连续输错密码已锁定，请于 %2 后再试，或请管理员解锁。</source>
        <translation>The account &quot;%1&quot; is locked after repeated wrong passwords. Try again after %2, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>密码连续输错 %1 次，账户“%2”已锁定 %3 分钟。</source>
        <translation>Wrong password %1 times in a row: the account &quot;%2&quot; is locked for %3 minutes.</translation>
    </message>
    <message>
        <source>数据库还没有用户：第一个用户必须是管理员（--role admin）。</source>
        <translation>The database has no users yet: the first user must be an administrator (--role admin).</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>应为 2–32 个字母、数字、汉字或 _ . -，不含空格。</source>
        <translation>Must be 2–32 letters, digits, Chinese characters or _ . -, without spaces.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>无法创建用户。</source>
        <translation>Cannot create the user.</translation>
    </message>
    <message>
        <source>密码加密失败（内存不足？），用户未创建。</source>
        <translation>Encrypting the password failed (out of memory?); the user was not created.</translation>
    </message>
    <message>
        <source>“%1”已存在，请换一个。</source>
        <translation>&quot;%1&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>密码加密失败，密码未修改。</source>
        <translation>Encrypting the password failed; the password was not changed.</translation>
    </message>
    <message>
        <source>“%1”是唯一的管理员，不能降级或停用。请先指定另一位管理员。</source>
        <translation>&quot;%1&quot; is the only administrator and cannot be demoted or disabled. Make another user an administrator first.</translation>
    </message>
    <message>
        <source>读取用户失败。</source>
        <translation>Could not read the user.</translation>
    </message>
</context>
<context>
    <name>jd::Validators</name>
    <message>
        <source>不能为空，请填写 18 位统一社会信用代码。</source>
        <translation>Must not be empty: enter the 18-character USCC.</translation>
    </message>
    <message>
        <source>应为 18 位，现在是 %1 位。请对照营业执照重新填写。</source>
        <translation>Must have 18 characters, but has %1. Enter it again from the business licence.</translation>
    </message>
    <message>
        <source>第 %1 位“%2”不是有效字符（不使用 I、O、S、V、Z）。请对照营业执照核对。</source>
        <translation>Character %1, &quot;%2&quot;, is not valid (I, O, S, V and Z are not used). Check it against the business licence.</translation>
    </message>
    <message>
        <source>第 3–8 位（登记管理机关行政区划码）应为 6 位数字。</source>
        <translation>Characters 3–8 (administrative division code of the registration authority) must be 6 digits.</translation>
    </message>
    <message>
        <source>校验位不符：第 18 位应为“%1”，现为“%2”。请对照营业执照核对是否有错字。</source>
        <translation>The check character does not match: character 18 should be &quot;%1&quot; but is &quot;%2&quot;. Check the code against the business licence for typing errors.</translation>
    </message>
    <message>
        <source>第 9–17 位（组织机构代码）校验不符：第 17 位应为“%1”。请对照营业执照核对。</source>
        <translation>Characters 9–17 (organisation code) fail the check: character 17 should be &quot;%1&quot;. Check it against the business licence.</translation>
    </message>
    <message>
        <source>不能为空，请填写证件号码。</source>
        <translation>Must not be empty: enter the ID number.</translation>
    </message>
    <message>
        <source>应为 18 位（旧版 15 位身份证号也可），现在是 %1 位。</source>
        <translation>Must have 18 characters (an old 15-digit ID card number is also accepted), but has %1.</translation>
    </message>
    <message>
        <source>前 17 位应为数字，最后一位为数字或 X。</source>
        <translation>The first 17 characters must be digits, the last a digit or X.</translation>
    </message>
    <message>
        <source>该证件号码应以 %1 开头。</source>
        <translation>This ID number must start with %1.</translation>
    </message>
    <message>
        <source>前两位“%1”不是有效的省级行政区划代码。</source>
        <translation>The first two digits, &quot;%1&quot;, are not a valid province code.</translation>
    </message>
    <message>
        <source>第 7–14 位出生日期“%1”不是有效日期。</source>
        <translation>The date of birth in digits 7–14, &quot;%1&quot;, is not a valid date.</translation>
    </message>
    <message>
        <source>出生日期 %1 不合理。</source>
        <translation>The date of birth %1 is not plausible.</translation>
    </message>
    <message>
        <source>校验位不符：第 18 位应为“%1”，现为“%2”。请核对号码是否有错字。</source>
        <translation>The check digit does not match: character 18 should be &quot;%1&quot; but is &quot;%2&quot;. Check the number for typing errors.</translation>
    </message>
    <message>
        <source>港澳居民居住证号码应以 810000 或 820000 开头。</source>
        <translation>An HK/Macao residence permit number must start with 810000 or 820000.</translation>
    </message>
    <message>
        <source>护照号码应为 5–17 位字母或数字。</source>
        <translation>A passport number must have 5–17 letters or digits.</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证号码应为 H 或 M 开头，后接 8 位或 10 位数字。</source>
        <translation>An HK/Macao mainland travel permit number must start with H or M, followed by 8 or 10 digits.</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证号码应为 8 位或 10 位数字。</source>
        <translation>A Taiwan mainland travel permit number must have 8 or 10 digits.</translation>
    </message>
    <message>
        <source>外国人永久居留身份证号码应为 15 位（3 个字母加 12 位数字）或以 9 开头的 18 位。</source>
        <translation>A foreign permanent resident ID card number must have 15 characters (3 letters and 12 digits) or 18 characters starting with 9.</translation>
    </message>
    <message>
        <source>未知的证件类型。</source>
        <translation>Unknown ID type.</translation>
    </message>
    <message>
        <source>应为 11 位手机号码，以 13–19 开头，例如 13812345678。</source>
        <translation>Must be an 11-digit mobile number starting with 13–19, e.g. 13812345678.</translation>
    </message>
    <message>
        <source>应为带区号的座机号码，例如 022-83635027，分机可写作 022-83635027-123。</source>
        <translation>Must be a landline number with area code, e.g. 022-83635027; write an extension as 022-83635027-123.</translation>
    </message>
    <message>
        <source>电子邮箱格式不正确，应类似 name@example.com。</source>
        <translation>The email address is not valid; it should look like name@example.com.</translation>
    </message>
    <message>
        <source>职业编码应为“大类-中类-小类-细类”格式，如 6-31-01-03。</source>
        <translation>The occupation code must have the format &quot;major-middle-minor-unit group&quot;, e.g. 6-31-01-03.</translation>
    </message>
    <message>
        <source>第 %1 大类不属于技能类职业，试点只限第 3–6 大类。</source>
        <translation>Major group %1 is not a skill-type occupation; the pilot covers only major groups 3–6.</translation>
    </message>
</context>
<context>
    <name>jd::WorkCalendar</name>
    <message>
        <source>无法读取工作日历。</source>
        <translation>Cannot read the work calendar.</translation>
    </message>
    <message>
        <source>缺少工作日历参考数据。</source>
        <translation>The work calendar reference data is missing.</translation>
    </message>
    <message>
        <source>日期无效，应为 YYYY-MM-DD。</source>
        <translation>Invalid date; use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>工作日数 %1 超出范围。</source>
        <translation>The number of working days %1 is out of range.</translation>
    </message>
    <message>
        <source>日期相距超过 100 年。</source>
        <translation>The dates are more than 100 years apart.</translation>
    </message>
    <message>
        <source>工作日历未包含 %1 年的节假日安排，按周一至周五计算。请管理员导入该年日历。</source>
        <translation>The work calendar has no holidays for %1: that year counts Monday to Friday. An administrator should import the calendar for that year.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 是周末，本来就休息，无需标为节假日。</source>
        <translation>%1 is a weekend day and already off; it need not be marked as a holiday.</translation>
    </message>
    <message>
        <source>%1 是工作日，调休上班只能设在周末。</source>
        <translation>%1 is a weekday; make-up working days can only be set on weekends.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>应为 YYYY-MM-DD 格式的日期。</source>
        <translation>Must be a date in YYYY-MM-DD format.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>应为 off（休）、work（班）或 normal。</source>
        <translation>Must be off, work or normal.</translation>
    </message>
    <message>
        <source>周末本来就休息，无需列为节假日。</source>
        <translation>Weekends are already off; they need not be listed as holidays.</translation>
    </message>
    <message>
        <source>调休上班只能设在周末。</source>
        <translation>Make-up working days can only be set on weekends.</translation>
    </message>
    <message>
        <source>日历文件有 %1 处错误，未导入任何数据。</source>
        <translation>The calendar file has errors (%1); nothing was imported.</translation>
    </message>
    <message>
        <source>文件中没有日期。表头应为 date,kind,note。</source>
        <translation>The file contains no dates. The header must be date,kind,note.</translation>
    </message>
</context>
<context>
    <name>jd::XlsxReader</name>
    <message>
        <source>XLSX 文件缺少 %1，文件可能已损坏。</source>
        <translation>The XLSX file lacks %1; the file may be damaged.</translation>
    </message>
    <message>
        <source>XLSX 中的 %1 已损坏。</source>
        <translation>%1 in the XLSX file is damaged.</translation>
    </message>
    <message>
        <source>XLSX 中的 %1 使用了不支持的压缩方式。</source>
        <translation>%1 in the XLSX file uses an unsupported compression method.</translation>
    </message>
    <message>
        <source>解压失败。</source>
        <translation>Decompression failed.</translation>
    </message>
    <message>
        <source>XLSX 中的 %1 解压失败，文件已损坏。</source>
        <translation>%1 in the XLSX file could not be decompressed; the file is damaged.</translation>
    </message>
    <message>
        <source>“%1”不是有效的 XLSX 文件（无法解压）。如是旧版 .xls，请在 Excel 中另存为 .xlsx。</source>
        <translation>&quot;%1&quot; is not a valid XLSX file (it cannot be unzipped). If it is an old .xls file, save it as .xlsx in Excel.</translation>
    </message>
    <message>
        <source>XLSX 的共享字符串表已损坏：%1</source>
        <translation>The shared string table of the XLSX file is damaged: %1</translation>
    </message>
    <message>
        <source>XLSX 工作表已损坏：%1</source>
        <translation>The XLSX worksheet is damaged: %1</translation>
    </message>
</context>
</TS>
