// Every table model of the filing and numbering screens checked by QAbstractItemModelTester,
// through refreshes that keep and that change their rows.
#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"
#include "ui/filing/CatalogueEntryModel.h"
#include "ui/filing/CatalogueVersionModel.h"
#include "ui/filing/ChecklistModel.h"
#include "ui/filing/FilingHistoryModel.h"
#include "ui/filing/FilingListModel.h"
#include "ui/numbering/OrgSerialLedgerModel.h"
#include "ui/numbering/SerialBlockModel.h"
#include "ui/numbering/VoidNumberModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace jd;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

ui::FilingRow row(qint64 id, const QString& name, FilingStatus status, bool late = false,
                  int overdueDays = 0)
{
    FilingSummary s;
    s.id = id;
    s.enterpriseId = id + 100;
    s.enterpriseName = name;
    s.batchId = 1;
    s.batchName = QStringLiteral("2019年第一批");
    s.status = status;
    s.received = QDate(2019, 6, static_cast<int>(id));
    s.late = late;
    s.lastDate = QDate(2019, 7, static_cast<int>(id));
    return ui::FilingRow{s, overdueDays > 0, overdueDays};
}

} // namespace

TEST_CASE("FilingListModel passes the model tester and marks late and overdue filings",
          "[ui][models][filing]")
{
    ui::FilingListModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::FilingListModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, Mode::Fatal);
    proxy.sort(ui::FilingListModel::Overdue, Qt::DescendingOrder);

    model.setRows({row(1, QStringLiteral("天津市甲公司"), FilingStatus::Submitted),
                   row(2, QStringLiteral("天津市乙公司"), FilingStatus::SiteVisit, true, 31),
                   row(3, QStringLiteral("天津市丙公司"), FilingStatus::Published)});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == ui::FilingListModel::ColumnCount);
    CHECK(model.headerData(ui::FilingListModel::Overdue, Qt::Horizontal).toString() ==
          QStringLiteral("超期"));
    const QModelIndex overdue = model.index(1, ui::FilingListModel::Overdue);
    CHECK(overdue.data().toString() == QStringLiteral("超期 31 天"));
    CHECK(overdue.data(Qt::DecorationRole).isValid());
    CHECK(overdue.data(Qt::ToolTipRole).toString().contains(QStringLiteral("超过 20 天")));
    CHECK(model.index(1, ui::FilingListModel::Late).data().toString() ==
          QStringLiteral("逾期提交"));
    CHECK(model.index(0, ui::FilingListModel::Late).data().toString().isEmpty());
    CHECK_FALSE(model.index(0, ui::FilingListModel::Overdue).data(Qt::DecorationRole).isValid());
    CHECK(model.index(2, ui::FilingListModel::Status).data().toString() ==
          QStringLiteral("已公布（试点）"));
    CHECK(model.index(2, 0).data(ui::FilingListModel::IdRole).toLongLong() == 3);
    CHECK(proxy.index(0, ui::FilingListModel::Id).data().toLongLong() ==
          2); // the overdue one first

    // Same rows, new values: updated in place, no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setRows({row(1, QStringLiteral("天津市甲公司"), FilingStatus::MaterialsAccepted),
                   row(2, QStringLiteral("天津市乙公司"), FilingStatus::SiteVisit, true, 32),
                   row(3, QStringLiteral("天津市丙公司"), FilingStatus::Published)});
    CHECK(resets.isEmpty());
    CHECK(changes.size() == 1);
    CHECK(model.index(0, ui::FilingListModel::Status).data().toString() ==
          QStringLiteral("材料已受理"));
    // Other rows: reset.
    model.setRows({row(3, QStringLiteral("天津市丙公司"), FilingStatus::Published)});
    CHECK(resets.size() == 1);
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(3) == 0);
    CHECK(model.rowOf(1) == -1);
    model.setRows({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("FilingHistoryModel and ChecklistModel pass the model tester over a real filing",
          "[ui][models][filing]")
{
    test::TestDatabase tdb;
    test::FilingErrors errors;
    EnterpriseService enterprises(tdb.db(), Session{});
    FilingService service(tdb.db(), Session{});
    const qint64 id =
        test::addFiling(service, test::addEnterprise(enterprises, 1), test::addBatch(service));
    REQUIRE(service
                .setChecklistItem(id, QStringLiteral("a3_it"), ItemState::Missing,
                                  QStringLiteral("未提供"))
                .ok());
    AdvanceRequest ret;
    ret.action = FilingAction::Return;
    ret.defects = {QStringLiteral("备案表缺少法定代表人签字")};
    REQUIRE(service.advance(id, ret).ok());
    auto f = service.get(id);
    REQUIRE(f.ok());

    ui::FilingHistoryModel history;
    QAbstractItemModelTester historyTester(&history, Mode::Fatal);
    history.setRows(f->history);
    REQUIRE(history.rowCount() == 2);
    CHECK(history.index(0, ui::FilingHistoryModel::Action).data().toString() ==
          QStringLiteral("提交"));
    CHECK(history.index(1, ui::FilingHistoryModel::Change).data().toString() ==
          QStringLiteral("已提交 → 退回补正"));
    CHECK(history.index(1, ui::FilingHistoryModel::Date).data().toString() ==
          QStringLiteral("2026-11-02"));
    CHECK(history.index(1, ui::FilingHistoryModel::Actor).data().toString() ==
          QStringLiteral("system"));
    const QString note = history.index(1, ui::FilingHistoryModel::Note).data().toString();
    CHECK(note.contains(QStringLiteral("1. 备案表缺少法定代表人签字")));
    CHECK(note.contains(QStringLiteral("信息化管理方案")));
    CHECK(history.index(1, ui::FilingHistoryModel::Date).data(Qt::DecorationRole).isValid());
    history.setRows({});
    CHECK(history.rowCount() == 0);

    ui::ChecklistModel checklist;
    QAbstractItemModelTester checklistTester(&checklist, Mode::Fatal);
    checklist.setRows(f->checklist);
    REQUIRE(checklist.rowCount() == f->checklist.size());
    CHECK_FALSE(checklist.flags(checklist.index(0, ui::ChecklistModel::State))
                    .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(checklist.setData(checklist.index(0, ui::ChecklistModel::State),
                                  static_cast<int>(ItemState::Received)));
    QList<ChecklistItem> written;
    checklist.setWriter([&](const ChecklistItem& wanted) -> std::optional<QList<ChecklistItem>> {
        written << wanted;
        auto r = service.setChecklistItem(id, wanted.item, wanted.state, wanted.note);
        if (!r)
            return std::nullopt;
        return *r;
    });
    checklist.setEditable(true);
    CHECK(checklist.flags(checklist.index(0, ui::ChecklistModel::State))
              .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(checklist.flags(checklist.index(0, ui::ChecklistModel::Label))
                    .testFlag(Qt::ItemIsEditable));
    CHECK(checklist.index(0, ui::ChecklistModel::Group).data().toString() ==
          QStringLiteral("附件2"));
    REQUIRE(checklist.setData(checklist.index(0, ui::ChecklistModel::State),
                              static_cast<int>(ItemState::Received)));
    REQUIRE(checklist.setData(checklist.index(1, ui::ChecklistModel::State),
                              QStringLiteral("defective")));
    REQUIRE(checklist.setData(checklist.index(1, ui::ChecklistModel::Note),
                              QStringLiteral("复印件不清晰")));
    CHECK(written.size() == 3);
    CHECK(checklist.index(0, ui::ChecklistModel::State).data().toString() ==
          QStringLiteral("已收到"));
    CHECK(checklist.index(1, ui::ChecklistModel::State).data().toString() ==
          QStringLiteral("有缺陷"));
    CHECK(checklist.index(1, ui::ChecklistModel::Note).data().toString() ==
          QStringLiteral("复印件不清晰"));
    CHECK(checklist.receivedCount() == 1);
    CHECK(checklist.absentMandatory().size() ==
          checklist.rowCount() - 2); // one optional, one received
    // A refused write leaves the row as it was.
    checklist.setWriter([](const ChecklistItem&) { return std::optional<QList<ChecklistItem>>{}; });
    CHECK_FALSE(checklist.setData(checklist.index(2, ui::ChecklistModel::State),
                                  static_cast<int>(ItemState::Received)));
    CHECK(checklist.index(2, ui::ChecklistModel::State).data(Qt::EditRole).toInt() ==
          static_cast<int>(ItemState::Missing));
    CHECK(errors.errors.isEmpty());
}

TEST_CASE("Catalogue models pass the model tester", "[ui][models][catalogue]")
{
    ui::CatalogueVersionModel versions;
    QAbstractItemModelTester versionTester(&versions, Mode::Fatal);
    versions.setRows({CatalogueVersion{2,
                                       QDate(2019, 9, 1),
                                       QStringLiteral("新增：天津市乙公司"),
                                       QStringLiteral("zhaomin"),
                                       {}},
                      CatalogueVersion{1,
                                       QDate(2019, 8, 20),
                                       QStringLiteral("新增：天津市甲公司"),
                                       QStringLiteral("zhaomin"),
                                       {}}});
    REQUIRE(versions.rowCount() == 2);
    CHECK(versions.index(0, ui::CatalogueVersionModel::Version).data().toString() ==
          QStringLiteral("第 2 版"));
    CHECK(versions.index(1, ui::CatalogueVersionModel::EffectiveDate).data().toString() ==
          QStringLiteral("2019-08-20"));
    CHECK(versions.rowOf(1) == 1);

    ui::CatalogueEntryModel entries;
    QAbstractItemModelTester entryTester(&entries, Mode::Fatal);
    entries.setRows({CatalogueEntry{1,
                                    11,
                                    21,
                                    QStringLiteral("天津市甲公司"),
                                    test::validUscc(1),
                                    QStringLiteral("000001"),
                                    {QStringLiteral("电工 6-31-01-03（三级、四级）"),
                                     QStringLiteral("焊工 6-18-02-04（四级）")}},
                     CatalogueEntry{2,
                                    12,
                                    22,
                                    QStringLiteral("天津市乙公司"),
                                    test::validUscc(2),
                                    QStringLiteral("000002"),
                                    {}}});
    REQUIRE(entries.rowCount() == 2);
    CHECK(entries.headerData(ui::CatalogueEntryModel::OrgSerial, Qt::Horizontal).toString() ==
          QStringLiteral("评价机构序列码"));
    CHECK(entries.index(0, ui::CatalogueEntryModel::Occupations).data().toString() ==
          QStringLiteral("电工 6-31-01-03（三级、四级）\n焊工 6-18-02-04（四级）"));
    CHECK(entries.index(1, ui::CatalogueEntryModel::OrgSerial).data().toString() ==
          QStringLiteral("000002"));
    entries.setRows({});
    CHECK(entries.rowCount() == 0);
}

TEST_CASE("Numbering models pass the model tester and mark frozen serials and full spaces",
          "[ui][models][numbering]")
{
    ui::OrgSerialLedgerModel ledger;
    QAbstractItemModelTester ledgerTester(&ledger, Mode::Fatal);
    const QList<OrgSerialEntry> entries = {
        OrgSerialEntry{1, 11, QStringLiteral("天津市甲公司"), 21, QDate(2019, 8, 20),
                       QStringLiteral("formal")},
        OrgSerialEntry{2, 12, QStringLiteral("天津市乙公司"), 22, QDate(2019, 8, 25),
                       QStringLiteral("terminated")},
        OrgSerialEntry{3, 13, QStringLiteral("天津市丙公司"), 23, QDate(2019, 9, 1),
                       QStringLiteral("suspended")}};
    ledger.setRows(entries);
    REQUIRE(ledger.rowCount() == 3);
    CHECK(ledger.index(0, ui::OrgSerialLedgerModel::Serial).data().toString() ==
          QStringLiteral("000001"));
    CHECK(ledger.index(0, ui::OrgSerialLedgerModel::Status).data().toString() ==
          QStringLiteral("正式开展"));
    CHECK(ledger.index(0, ui::OrgSerialLedgerModel::Frozen).data().toString() ==
          QStringLiteral("可用"));
    CHECK(ledger.index(1, ui::OrgSerialLedgerModel::Frozen).data().toString() ==
          QStringLiteral("已冻结"));
    CHECK(ledger.index(2, ui::OrgSerialLedgerModel::Frozen).data().toString() ==
          QStringLiteral("已冻结"));
    CHECK(ledger.index(1, ui::OrgSerialLedgerModel::Frozen).data(Qt::DecorationRole).isValid());
    CHECK(ledger.index(1, ui::OrgSerialLedgerModel::Frozen)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("终止备案")));

    ui::SerialBlockModel blocks;
    QAbstractItemModelTester blockTester(&blocks, Mode::Fatal);
    const QList<SerialBlock> reserved = {
        SerialBlock{1, 11, 1, 2019, 4, 1, 120, 5, QDate(2019, 12, 1)},
        SerialBlock{2, 12, 2, 2020, 3, 1, 950000, 6, QDate(2020, 3, 1)}};
    const QList<SpaceUse> spaces = {SpaceUse{11, 1, 2019, 4, 120, 2},
                                    SpaceUse{12, 2, 2020, 3, 950000, 0}};
    blocks.setRows(ui::SerialBlockModel::join(reserved, spaces, entries));
    REQUIRE(blocks.rowCount() == 2);
    CHECK(blocks.index(0, ui::SerialBlockModel::Enterprise).data().toString() ==
          QStringLiteral("天津市甲公司"));
    CHECK(blocks.index(0, ui::SerialBlockModel::Level).data().toString() ==
          QStringLiteral("四级/中级工"));
    CHECK(blocks.index(0, ui::SerialBlockModel::Count).data().toInt() == 120);
    CHECK(blocks.index(0, ui::SerialBlockModel::Last).data().toString() ==
          QStringLiteral("000120"));
    CHECK(blocks.index(0, ui::SerialBlockModel::First)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Y00001200000119400000")));
    CHECK_FALSE(
        blocks.index(0, ui::SerialBlockModel::SpaceUsed).data(Qt::ForegroundRole).isValid());
    CHECK(blocks.index(1, ui::SerialBlockModel::SpaceUsed).data().toString() ==
          QStringLiteral("950000（95.0%）"));
    CHECK(blocks.index(1, ui::SerialBlockModel::SpaceUsed).data(Qt::ForegroundRole).isValid());

    ui::VoidNumberModel voids;
    QAbstractItemModelTester voidTester(&voids, Mode::Fatal);
    voids.setRows(
        {VoidNumber{QStringLiteral("Y000012000001194000007"), QStringLiteral("打印卡纸损坏"),
                    QStringLiteral("zhaomin"), QDateTime(QDate(2019, 12, 3), QTime(10, 30))}});
    REQUIRE(voids.rowCount() == 1);
    CHECK(voids.index(0, ui::VoidNumberModel::Number).data().toString() ==
          QStringLiteral("Y000012000001194000007"));
    CHECK(voids.index(0, ui::VoidNumberModel::At).data().toString() ==
          QStringLiteral("2019-12-03 10:30"));
    voids.setRows({});
    CHECK(voids.rowCount() == 0);
}

TEST_CASE("A checklist item points to one of the enterprise's scans and keeps it", "[ui][filing][checklist]")
{
    test::TestDatabase tdb;
    const Session admin;
    auto e = EnterpriseService(tdb.db(), admin).create(test::sampleEnterprise(1));
    REQUIRE(e.ok());
    const QString pdf = tdb.dir() + QStringLiteral("/licence.pdf");
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    f.close();
    auto doc = EnterpriseService(tdb.db(), admin).attachDocument(*e, QStringLiteral("licence"), pdf);
    REQUIRE(doc.ok());
    FilingService filings(tdb.db(), admin);
    const qint64 batch = filings.createBatch(QStringLiteral("b"), QDate(2019, 6, 30))->id;
    auto filing = filings.create(*e, batch, QDate(2019, 6, 1));
    REQUIRE(filing.ok());

    ui::ChecklistModel model;
    model.setDocuments(EnterpriseService(tdb.db(), admin).get(*e)->documents);
    model.setRows(filing->checklist);
    model.setEditable(true);
    model.setWriter([&](const ChecklistItem& w) -> std::optional<QList<ChecklistItem>> {
        auto r = filings.setChecklistItem(filing->id, w.item, w.state, w.note, w.documentId);
        if (!r)
            return std::nullopt;
        return *r;
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex scan = model.index(1, ui::ChecklistModel::Scan); // 企业营业执照复印件
    CHECK(model.data(scan).toString() == QStringLiteral("—"));
    CHECK(model.flags(scan).testFlag(Qt::ItemIsEditable));
    REQUIRE(model.setData(scan, doc->id));
    CHECK(model.data(scan).toString() == QStringLiteral("licence.pdf"));
    CHECK(filings.get(filing->id)->checklist.at(1).documentId == doc->id);
    // Another enterprise's scan is refused by the service; nothing changes.
    auto other = EnterpriseService(tdb.db(), admin).create(test::sampleEnterprise(2));
    auto otherDoc = EnterpriseService(tdb.db(), admin).attachDocument(*other, QStringLiteral("licence"), pdf);
    CHECK_FALSE(model.setData(model.index(2, ui::ChecklistModel::Scan), otherDoc->id));
    CHECK(filings.get(filing->id)->checklist.at(2).documentId == 0);
}
