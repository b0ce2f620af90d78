// Every table model of the UI checked by QAbstractItemModelTester, loaded and then edited.
#include "core/registry/OccupationCatalogue.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/catalogue/CatalogueTableModel.h"
#include "ui/registry/EnterpriseListModel.h"
#include "ui/registry/EquipmentTableModel.h"
#include "ui/registry/OccupationTableModel.h"
#include "ui/registry/PersonTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

using namespace jd;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

EnterpriseSummary summary(qint64 id, const QString& name, bool flagged = false)
{
    EnterpriseSummary s;
    s.id = id;
    s.name = name;
    s.uscc = test::validUscc(static_cast<int>(id));
    s.usccOverride = flagged;
    s.contact = QStringLiteral("联系人%1").arg(id);
    s.mobile = QStringLiteral("1381234%1").arg(id, 4, 10, QLatin1Char('0'));
    s.occupationCount = static_cast<int>(id % 4);
    s.updatedAt = QDateTime(QDate(2019, 7, 1), QTime(9, static_cast<int>(id)));
    return s;
}

// Adds, edits and removes rows the way the editor's buttons and delegates do.
void exercise(ui::ListTableModel& model, const QVariant& firstCell)
{
    const int before = model.rowCount();
    REQUIRE(model.insertRows(0, 1));
    REQUIRE(model.insertRows(model.rowCount(), 2));
    CHECK(model.rowCount() == before + 3);
    CHECK(model.isRowBlank(0));
    REQUIRE(model.setData(model.index(0, 0), firstCell));
    CHECK(model.index(0, 0).data(Qt::EditRole) == firstCell);
    CHECK_FALSE(model.isRowBlank(0));
    model.setCellErrors({{{0, 0}, QStringLiteral("不能为空。")}});
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("不能为空。"));
    CHECK(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    REQUIRE(model.removeRows(1, 2));
    REQUIRE(model.removeRows(0, 1));
    CHECK(model.rowCount() == before);
    CHECK_FALSE(model.removeRows(before, 1)); // past the end
    CHECK_FALSE(model.insertRows(before + 1, 1));
    CHECK(model.headerData(0, Qt::Vertical).toInt() == 1);
}

} // namespace

TEST_CASE("EnterpriseListModel passes the model tester through refreshes", "[ui][models]")
{
    ui::EnterpriseListModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::EnterpriseListModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, Mode::Fatal);
    proxy.sort(ui::EnterpriseListModel::Updated, Qt::DescendingOrder);

    model.setRows({summary(1, QStringLiteral("天津市甲公司")), summary(2, QStringLiteral("天津市乙公司"), true),
                   summary(3, QStringLiteral("天津市丙公司"))});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == ui::EnterpriseListModel::ColumnCount);
    CHECK(model.headerData(ui::EnterpriseListModel::Uscc, Qt::Horizontal).toString() == QStringLiteral("统一社会信用代码"));
    const QModelIndex flagged = model.index(1, ui::EnterpriseListModel::Uscc);
    CHECK(flagged.data(Qt::ToolTipRole).toString() == QStringLiteral("统一社会信用代码未通过校验，已确认保留"));
    CHECK(flagged.data(Qt::DecorationRole).isValid());
    CHECK_FALSE(model.index(0, ui::EnterpriseListModel::Uscc).data(Qt::DecorationRole).isValid());
    CHECK(model.index(0, ui::EnterpriseListModel::Kind).data().toString() == QStringLiteral("天津注册企业"));
    CHECK(proxy.index(0, ui::EnterpriseListModel::Id).data().toLongLong() == 3); // latest update first

    // Refresh: 2 removed, 1 changed, 4 and 5 added; row 1 keeps its place.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    EnterpriseSummary renamed = summary(1, QStringLiteral("天津市甲集团有限公司"));
    model.setRows({renamed, summary(3, QStringLiteral("天津市丙公司")), summary(4, QStringLiteral("天津市丁公司")),
                   summary(5, QStringLiteral("天津市戊公司"))});
    CHECK(resets.isEmpty());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.rowOf(1) == 0);
    CHECK(model.rowOf(2) == -1);
    CHECK(model.index(0, ui::EnterpriseListModel::Name).data().toString() == QStringLiteral("天津市甲集团有限公司"));
    CHECK(proxy.rowCount() == 4);
    CHECK(proxy.index(0, ui::EnterpriseListModel::Id).data().toLongLong() == 5);

    model.setRows({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("OccupationTableModel passes the model tester", "[ui][models]")
{
    ui::OccupationTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    model.setItems(test::sampleEnterprise(1).occupations);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == ui::OccupationTableModel::ColumnCount);
    CHECK(model.index(0, ui::OccupationTableModel::Levels).data().toString() == QStringLiteral("二级、三级、四级"));
    CHECK(model.index(0, ui::OccupationTableModel::Levels).data(Qt::EditRole).toString() == QStringLiteral("2,3,4"));
    CHECK(model.setData(model.index(1, ui::OccupationTableModel::Levels), QStringLiteral("三级,四级")));
    CHECK(model.items()[1].levels == QList<int>{3, 4});
    CHECK_FALSE(model.setData(model.index(1, ui::OccupationTableModel::Levels), QStringLiteral("七级")));
    CHECK(model.items()[1].levels == QList<int>{3, 4});
    CHECK(model.columnForField(QStringLiteral("levels")) == ui::OccupationTableModel::Levels);
    exercise(model, QStringLiteral("6-31-01-03"));
}

TEST_CASE("EquipmentTableModel passes the model tester", "[ui][models]")
{
    ui::EquipmentTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    model.setItems(test::sampleEnterprise(1).equipment);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ui::EquipmentTableModel::Quantity).data().toInt() == 12);
    CHECK(model.setData(model.index(0, ui::EquipmentTableModel::Quantity), QStringLiteral("１５")));
    CHECK(model.items()[0].quantity == 15);
    CHECK_FALSE(model.setData(model.index(0, ui::EquipmentTableModel::Quantity), QStringLiteral("十二")));
    CHECK(model.columnForField(QStringLiteral("quantity")) == ui::EquipmentTableModel::Quantity);
    exercise(model, QStringLiteral("数控车床"));
}

TEST_CASE("PersonTableModel passes the model tester for every group of people", "[ui][models]")
{
    const Enterprise e = test::sampleEnterprise(1);
    for (PersonRole role : {PersonRole::Staff, PersonRole::Expert, PersonRole::Assessor, PersonRole::Supervisor}) {
        INFO(personRoleLabel(role).toStdString());
        ui::PersonTableModel model(role);
        QAbstractItemModelTester tester(&model, Mode::Fatal);
        model.setItems(e.people(role));
        REQUIRE(model.rowCount() == 1);
        CHECK(model.columnCount() == ui::PersonTableModel::ColumnCount);
        exercise(model, QStringLiteral("陈晓东"));
    }
    ui::PersonTableModel model(PersonRole::Supervisor);
    model.setItems(e.supervisors);
    CHECK(model.index(0, ui::PersonTableModel::IdType).data().toString() == QStringLiteral("护照"));
    CHECK(model.index(0, ui::PersonTableModel::IdType).data(Qt::EditRole).toString() == QStringLiteral("passport"));
    REQUIRE(model.setData(model.index(0, ui::PersonTableModel::IdType), QStringLiteral("居民身份证")));
    CHECK(model.items()[0].idType == QStringLiteral("resident_id"));
    CHECK(model.headerData(ui::PersonTableModel::Field, Qt::Horizontal).toString() == QStringLiteral("考评职业领域"));
}

TEST_CASE("CatalogueTableModel passes the model tester with catalogue rows", "[ui][models]")
{
    test::TestDatabase tdb;
    auto rows = OccupationCatalogue(tdb.db()).search(QStringLiteral("工"), 100);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->isEmpty());
    ui::CatalogueTableModel model;
    QAbstractItemModelTester tester(&model, Mode::Fatal);
    model.setRows(*rows);
    CHECK(model.rowCount() == rows->size());
    CHECK(model.index(0, ui::CatalogueTableModel::Code).data().toString() == rows->first().code);
    model.setRows(rows->mid(0, 3));
    CHECK(model.rowCount() == 3);
}
