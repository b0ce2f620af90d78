// The audit log viewer: filters, detail pane, chain check and CSV export.
#include "core/audit/AuditLog.h"
#include "core/registry/EnterpriseService.h"
#include "core/users/UserService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/AuditLogView.h"
#include "ui/security/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace jd;

TEST_CASE("The audit log viewer filters by actor and entity and exports what it lists", "[ui][security][audit]")
{
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    const Session admin{QStringLiteral("admin"), Role::Admin};
    REQUIRE(UserService(tdb.db(), Session{}).add(admin.user, Role::Admin, QStringLiteral("Admin2026x")).ok());
    REQUIRE(UserService(tdb.db(), admin).add(QStringLiteral("wangfang"), Role::Clerk, QStringLiteral("Clerk2026a")).ok());
    const Session clerk{QStringLiteral("wangfang"), Role::Clerk};
    EnterpriseService clerkService(tdb.db(), clerk);
    Enterprise a = test::sampleEnterprise(1);
    const qint64 ida = *clerkService.create(a);
    tdb.clock().advanceSecs(3600);
    REQUIRE(clerkService.create(test::sampleEnterprise(2)).ok());
    Enterprise changed = *clerkService.get(ida);
    changed.contact = QStringLiteral("马晓峰");
    REQUIRE(clerkService.update(changed).ok());
    // Noise of other actors and entities the filters must leave out.
    REQUIRE(EnterpriseService(tdb.db(), admin).create(test::sampleEnterprise(3)).ok());
    REQUIRE(UserService(tdb.db(), admin).setRole(QStringLiteral("wangfang"), Role::Clerk).ok());

    const Session supervisor{QStringLiteral("zhaomin"), Role::Supervisor};
    ui::AuditLogView view(tdb.db(), supervisor);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto total = AuditLog(tdb.db()).entries({})->size();
    CHECK(view.model()->rowCount() == total);
    auto* actorCombo = view.findChild<QComboBox*>(QStringLiteral("actorCombo"));
    REQUIRE(actorCombo);
    CHECK(actorCombo->findText(QStringLiteral("wangfang")) >= 0);

    view.setFilter(QStringLiteral("wangfang"), QStringLiteral("enterprise"));
    REQUIRE(view.model()->rowCount() == 3);
    for (const AuditEntry& e : view.model()->entries()) {
        CHECK(e.actor == QStringLiteral("wangfang"));
        CHECK(e.entity == QStringLiteral("enterprise"));
    }
    // Newest first: the update, with the contact before and after side by side.
    CHECK(view.model()->index(0, ui::AuditTableModel::Action).data().toString() == QStringLiteral("修改"));
    CHECK(view.model()->index(0, ui::AuditTableModel::Entity).data().toString() == QStringLiteral("企业"));
    view.showEntry(0);
    const QString before = view.findChild<QPlainTextEdit*>(QStringLiteral("beforeText"))->toPlainText();
    const QString after = view.findChild<QPlainTextEdit*>(QStringLiteral("afterText"))->toPlainText();
    CHECK(before.contains(a.contact));
    CHECK(after.contains(QStringLiteral("马晓峰")));
    CHECK(after.contains(QLatin1Char('\n'))); // pretty-printed, not one long line
    CHECK(view.findChild<QLabel*>(QStringLiteral("detailHeaderLabel"))->text().contains(QStringLiteral("contact")));

    // The period is by whole days: all three lie on 2 November, none later.
    view.setFilter(QStringLiteral("wangfang"), QStringLiteral("enterprise"), QDate(2026, 11, 3), QDate(2026, 11, 30));
    CHECK(view.model()->rowCount() == 0);
    view.setFilter(QStringLiteral("wangfang"), QStringLiteral("enterprise"), QDate(2026, 11, 2), QDate(2026, 11, 2));
    CHECK(view.model()->rowCount() == 3);
    view.setFilter(QStringLiteral("admin"), QStringLiteral("user"));
    REQUIRE(view.model()->rowCount() == 3); // created herself (the first user), wangfang, set her role
    view.setFilter(QStringLiteral("wangfang"), QStringLiteral("enterprise"));

    CHECK(view.defaultExportName() == QStringLiteral("操作日志（含个人信息）-20261102.csv"));
    const QString path = QDir(tdb.dir()).filePath(view.defaultExportName());
    const QList<AuditEntry> listed = view.model()->entries();
    REQUIRE(view.exportTo(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == listed.size() + 1);
    CHECK(lines.first().startsWith(QStringLiteral("序号,时间,操作人,操作,对象,对象编号")));
    for (int i = 0; i < listed.size(); ++i) {
        INFO(lines.at(i + 1).toStdString());
        CHECK(lines.at(i + 1).startsWith(QStringLiteral("%1,%2,wangfang,%3,enterprise,%4")
                                             .arg(listed.at(i).id)
                                             .arg(listed.at(i).at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                  listed.at(i).action, listed.at(i).entityId)));
    }

    // The export itself is in the log, under the supervisor's name.
    view.setFilter(supervisor.user, QStringLiteral("audit_log"));
    REQUIRE(view.model()->rowCount() == 1);
    const AuditEntry exported = view.model()->entries().first();
    CHECK(exported.action == QStringLiteral("export_personal_data"));
    CHECK(exported.afterJson.contains(QStringLiteral("\"rows\":3")));
    CHECK(view.model()->index(0, ui::AuditTableModel::Action).data().toString() == QStringLiteral("导出（含个人信息）"));

    auto chain = view.verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->isEmpty());
    CHECK(view.findChild<QLabel*>(QStringLiteral("verifyResultLabel"))->text().contains(QStringLiteral("校验通过")));
    ui::ErrorPresenter::setSink({});
}

TEST_CASE("The audit log viewer reports a broken chain", "[ui][security][audit]")
{
    test::TestDatabase tdb;
    REQUIRE(EnterpriseService(tdb.db(), Session{}).create(test::sampleEnterprise(1)).ok());
    REQUIRE(EnterpriseService(tdb.db(), Session{}).create(test::sampleEnterprise(2)).ok());
    // Tampering as someone with a SQLite shell would: the triggers that guard the log go first.
    for (const char* sql : {"DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete",
                            "UPDATE audit_log SET actor = 'someone' WHERE id = 1"})
        REQUIRE(tdb.db().exec(QString::fromLatin1(sql)).ok());
    ui::AuditLogView view(tdb.db(), Session{});
    auto chain = view.verifyChain();
    REQUIRE(chain.ok());
    CHECK_FALSE(chain->isEmpty());
    CHECK(view.findChild<QLabel*>(QStringLiteral("verifyResultLabel"))->text().contains(QStringLiteral("被修改")));
}
