// The 证书登记 screen: look-up by ID number, the details panel, revocation and reissue,
// printing with the remembered per-printer offset and the printed count.
#include "core/certificates/CertificateRegistry.h"
#include "core/demo/DemoGenerator.h"
#include "core/supervision/ResultService.h"
#include "tests/support/Builders.h"
#include "tests/support/TestDatabase.h"
#include "ui/certificates/CertificateModel.h"
#include "ui/certificates/CertificatePrintDialog.h"
#include "ui/certificates/CertificateView.h"
#include "ui/common/ErrorPresenter.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QMap>
#include <QPushButton>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

struct Fixture
{
    test::TestDatabase tdb;
    QList<Error> errors;
    QList<Certificate> batch;
    Fixture()
    {
        ui::ErrorPresenter::setSink([this](QWidget*, const Error& e) { errors << e; });
        auto d = DemoGenerator(tdb.db(), Session{}).generate({12, 300, 4});
        INFO(test::why(d));
        REQUIRE(d.ok());
        auto results = ResultService(tdb.db(), Session{}).list();
        REQUIRE(results.ok());
        REQUIRE_FALSE(results->isEmpty());
        CertificateQuery q;
        q.resultId = results->first().id;
        q.limit = 1000000;
        auto found = CertificateRegistry(tdb.db(), Session{}).find(q);
        REQUIRE(found.ok());
        REQUIRE(found->size() >= 3);
        batch = *found;
    }
    ~Fixture() { ui::ErrorPresenter::setSink({}); }
};

} // namespace

TEST_CASE("Certificate search by ID number finds it and revoke changes its status",
          "[ui][certificates]")
{
    Fixture f;
    ui::CertificateView view(f.tdb.db(), Session{});
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Certificate target = f.batch.at(1);
    view.setQuery(QString(), target.idNumber, QString());
    view.search();
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.currentNumber() == target.number);
    CHECK(view.detail(QStringLiteral("number")) == target.number);
    CHECK(view.detail(QStringLiteral("id_number")) == target.idNumber);
    CHECK(view.detail(QStringLiteral("status")) == QStringLiteral("有效"));
    auto* revoke = view.findChild<QPushButton*>(QStringLiteral("certRevokeButton"));
    REQUIRE(revoke);
    CHECK(revoke->isEnabled());

    REQUIRE(view.revokeCurrent(QStringLiteral("测试：考试作弊，撤销")).ok());
    CHECK(view.detail(QStringLiteral("status")) == QStringLiteral("已撤销"));
    CHECK(view.detail(QStringLiteral("reason")).contains(QStringLiteral("作弊")));
    CHECK_FALSE(revoke->isEnabled());
    auto stored = CertificateRegistry(f.tdb.db(), Session{}).get(target.number);
    REQUIRE(stored.ok());
    CHECK(stored->status == QStringLiteral("revoked"));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Reissue links the new certificate to the old, and wide searches are capped at 200",
          "[ui][certificates]")
{
    Fixture f;
    ui::CertificateView view(f.tdb.db(), Session{});
    const Certificate target = f.batch.at(2);
    view.setQuery(target.number, QString(), QString());
    view.search();
    REQUIRE(view.currentNumber() == target.number);
    auto renewed = view.reissueCurrent(QStringLiteral("证书遗失"));
    INFO(test::why(renewed));
    REQUIRE(renewed.ok());
    CHECK(renewed->number != target.number);
    CHECK(view.currentNumber() == renewed->number);
    CHECK(view.detail(QStringLiteral("replaces")) == target.number);
    CHECK(CertificateRegistry(f.tdb.db(), Session{}).get(target.number)->status ==
          QStringLiteral("replaced"));

    // The commonest surname: a wide search, capped at 200 rows with a message when it is more.
    QMap<QChar, int> surnames;
    for (const Certificate& c : f.batch)
        ++surnames[c.name.at(0)];
    QChar common = surnames.firstKey();
    for (auto it = surnames.cbegin(); it != surnames.cend(); ++it)
        if (it.value() > surnames.value(common))
            common = it.key();
    view.setQuery(QString(), QString(), QString(common));
    view.search();
    CHECK(view.model()->rowCount() <= ui::CertificateView::Limit);
    if (surnames.value(common) > ui::CertificateView::Limit)
        CHECK(view.messageText().contains(QStringLiteral("只显示前 200 条，请缩小条件")));
    else
        CHECK(view.messageText().contains(QStringLiteral("找到")));

    // A clerk may print but not revoke; the refusal is the tooltip.
    ui::CertificateView clerk(f.tdb.db(), Session{QStringLiteral("luru"), Role::Clerk});
    auto* revoke = clerk.findChild<QPushButton*>(QStringLiteral("certRevokeButton"));
    REQUIRE(revoke);
    CHECK_FALSE(revoke->isEnabled());
    CHECK(revoke->toolTip().contains(QStringLiteral("无权")));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Printing uses the printer's remembered offset and marks the certificates printed",
          "[ui][certificates]")
{
    Fixture f;
    QSettings().remove(QStringLiteral("certificatePrint"));
    ui::CertificateView view(f.tdb.db(), Session{});
    view.setDialogRunner([](QDialog* d) {
        auto* setup = qobject_cast<ui::CertificatePrintDialog*>(d);
        REQUIRE(setup);
        setup->setPrinterName(QStringLiteral("柜台 HP LaserJet"));
        setup->setOffset(1.5, -2.0);
        setup->setPreprinted(true);
        setup->remember();
        setup->accept();
    });
    QList<Certificate> printed;
    CertificatePrintOptions used;
    QString usedPrinter;
    view.setPreviewer([&](const QList<Certificate>& list, const CertificatePrintOptions& o,
                          const QString& printer) {
        printed = list;
        used = o;
        usedPrinter = printer;
        return true;
    });
    auto whole = view.batch(ResultService(f.tdb.db(), Session{}).list()->first().id);
    REQUIRE(whole.ok());
    REQUIRE(whole->size() == f.batch.size());
    for (int i = 1; i < whole->size(); ++i)
        CHECK(whole->at(i - 1).number < whole->at(i).number);
    REQUIRE(view.printCertificates(whole->mid(0, 3)));
    CHECK(printed.size() == 3);
    CHECK(usedPrinter == QStringLiteral("柜台 HP LaserJet"));
    CHECK(used.offsetMm == QPointF(1.5, -2.0));
    CHECK_FALSE(used.drawFrame);
    const CertificatePrintOptions again =
        ui::CertificatePrintDialog::remembered(QStringLiteral("柜台 HP LaserJet"));
    CHECK(again.offsetMm == QPointF(1.5, -2.0));
    CHECK_FALSE(again.drawFrame);
    CHECK(ui::CertificatePrintDialog::remembered(QStringLiteral("另一台")).offsetMm ==
          QPointF(0, 0));
    auto stored = CertificateRegistry(f.tdb.db(), Session{}).get(whole->first().number);
    REQUIRE(stored.ok());
    CHECK(stored->printed == 1);
    // Cancelled in the preview: nothing marked.
    view.setPreviewer([](const QList<Certificate>&, const CertificatePrintOptions&,
                         const QString&) { return false; });
    CHECK_FALSE(view.printCertificates(whole->mid(0, 1)));
    CHECK(CertificateRegistry(f.tdb.db(), Session{}).get(whole->first().number)->printed == 1);
    QSettings().remove(QStringLiteral("certificatePrint"));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Photos imported from a folder are offered to the printed certificate", "[ui][certificates]")
{
    Fixture f;
    ui::CertificateView view(f.tdb.db(), Session{});
    CertificateQuery any;
    any.limit = 1;
    const Certificate c = CertificateRegistry(f.tdb.db(), Session{}).find(any)->first();
    QTemporaryDir folder;
    QImage photo(60, 80, QImage::Format_RGB32);
    photo.fill(Qt::darkBlue);
    REQUIRE(photo.save(folder.filePath(c.idNumber + QStringLiteral(".png")), "PNG"));
    auto n = view.importPhotos(folder.path());
    REQUIRE(n.ok());
    CHECK(*n == 1);
    CHECK(view.findChild<QLabel*>(QStringLiteral("certMessageLabel"))->text().contains(QStringLiteral("1 张照片")));
    view.setDialogRunner([](QDialog* d) { d->accept(); });
    QByteArray offered;
    view.setPreviewer([&](const QList<Certificate>& list, const CertificatePrintOptions& options, const QString&) {
        REQUIRE(options.photo);
        offered = options.photo(list.first());
        return false; // cancelled: nothing is marked printed
    });
    CHECK_FALSE(view.printCertificates({c}));
    CHECK(offered.startsWith("\x89PNG"));
}
