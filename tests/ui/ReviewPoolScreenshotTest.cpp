// Screenshots of the expert pool, the expert editor and the criteria template editor for
// docs/screenshots, made on the offscreen platform with a realistic pool.
// Hidden tag: run on purpose with `ui_tests "[.screenshot]"`.
#include "core/filing/FilingService.h"
#include "core/registry/EnterpriseService.h"
#include "core/review/ExpertService.h"
#include "core/review/ReviewService.h"
#include "tests/support/Builders.h"
#include "tests/support/Review.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/FilingTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/filing/FilingWorkspace.h"
#include "ui/review/ExpertEditorDialog.h"
#include "ui/review/ExpertPoolView.h"
#include "ui/review/RecommendedListView.h"
#include "ui/review/ReviewTemplateModel.h"
#include "ui/review/ReviewTemplateView.h"
#include "ui/review/ReviewWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace jd;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString shotPath(const char* name)
{
    QDir dir(QStringLiteral(JD_SCREENSHOT_DIR));
    dir.mkpath(QStringLiteral("."));
    return dir.filePath(QString::fromLatin1(name));
}

void save(QWidget& w, const char* name)
{
    settle();
    const QPixmap shot = w.grab();
    REQUIRE_FALSE(shot.isNull());
    REQUIRE(shot.save(shotPath(name)));
}

// A dialog over the dimmed window, as the clerk sees it; offscreen windows have no frame,
// so a plain title bar stands in for the system's.
void saveOver(QWidget& window, QWidget& dialog, const char* name)
{
    settle();
    QPixmap base = window.grab();
    const QPixmap top = dialog.grab();
    QPainter p(&base);
    p.fillRect(base.rect(), QColor(0, 0, 0, 70));
    const int titleHeight = 30;
    const QPoint at((base.width() - top.width()) / 2,
                    (base.height() - top.height() + titleHeight) / 2);
    const QRect title(at.x(), at.y() - titleHeight, top.width(), titleHeight);
    p.fillRect(title.adjusted(-1, -1, 1, 1), QColor(0x9a, 0x9a, 0x9a));
    p.fillRect(title, QColor(0xe8, 0xe8, 0xe8));
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.setFont(QApplication::font());
    p.drawText(title.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
               dialog.windowTitle().remove(QStringLiteral("[*]")));
    p.drawPixmap(at, top);
    p.setPen(QColor(0x9a, 0x9a, 0x9a));
    p.drawRect(QRect(at, top.size()).adjusted(-1, 0, 0, 0));
    p.end();
    REQUIRE(base.save(shotPath(name)));
}

struct PoolEntry
{
    const char* name;
    const char* employer;
    const char* title;
    const char* region;
    const char* specialties;
};

const PoolEntry kPool[] = {
    {"王建国", "天津职业技术师范大学", "教授", "河西区", "6-31,6-30"},
    {"李丽华", "天津中德应用技术大学", "副教授", "海河教育园区", "6-31-01"},
    {"张志强", "天津市电力行业协会", "正高级工程师", "和平区", "6-31-01-03,6-30-99"},
    {"刘海燕", "天津机电职业技术学院", "高级技师", "西青区", "6-18,6-20"},
    {"陈晓东", "天津市焊接学会", "一级/高级技师", "河北区", "6-18-02"},
    {"赵敏", "天津轻工职业技术学院", "高级工程师", "北辰区", "6-02,4-03"},
    {"孙立新", "天津市职业技能鉴定指导中心", "高级经济师", "南开区", "4-07,4-04"},
    {"周红梅", "天津渤化集团有限责任公司", "正高级工程师", "滨海新区", "6-11,6-12"},
    {"吴海涛", "中国铁路北京局集团有限公司天津机务段", "高级技师", "河东区", "6-29-03"},
    {"郑国强", "天津市建筑业协会", "高级工程师", "红桥区", "6-29-01,6-29-02"},
    {"冯志远", "天津港（集团）有限公司", "高级技师", "滨海新区", "4-02,6-29"},
    {"褚红", "天津市医药集团有限公司", "主任药师", "东丽区", "6-12-03"},
};

} // namespace

TEST_CASE("Screenshots of the expert pool and the criteria template", "[.screenshot]")
{
    test::TestDatabase tdb;
    ui::ErrorPresenter::setSink([](QWidget*, const Error& e) { FAIL(e.fullText().toStdString()); });
    Database& db = tdb.db();
    EnterpriseService enterprises(db, Session{});
    const qint64 haihe =
        test::addEnterprise(enterprises, 1, QStringLiteral("天津市海河重型机械制造有限公司"));
    test::addEnterprise(enterprises, 2, QStringLiteral("天津滨海电力设备股份有限公司"));
    test::addEnterprise(enterprises, 3, QStringLiteral("天津渤化永利化工股份有限公司"));

    ui::MainWindow window(db, Session{});
    window.resize(1280, 800);
    window.show();
    auto* review = window.findChild<ui::ReviewWorkspace*>();
    REQUIRE(review);
    ExpertService& experts = review->experts();
    int k = 0;
    qint64 second = 0, retired = 0;
    for (const PoolEntry& p : kPool) {
        Expert e;
        e.name = QString::fromUtf8(p.name);
        e.idNumber = test::validId(300 + k);
        e.employer = QString::fromUtf8(p.employer);
        e.title = QString::fromUtf8(p.title);
        e.region = QString::fromUtf8(p.region);
        e.phone = QStringLiteral("1380221%1").arg(2000 + 37 * k);
        e.specialties = QString::fromUtf8(p.specialties).split(QLatin1Char(','));
        auto added = experts.add(e);
        INFO(test::why(added));
        REQUIRE(added.ok());
        if (k == 1)
            second = added->id;
        if (k == 5)
            retired = added->id;
        ++k;
    }
    REQUIRE(experts.addConflict(second, haihe, QStringLiteral("曾在该企业任职（2012—2016）")).ok());
    REQUIRE(experts.setActive(retired, false, QStringLiteral("本人退休，申请退出专家库")).ok());

    ui::ExpertPoolView* pool = review->pool();
    review->showPage(pool);
    pool->findChild<QCheckBox*>(QStringLiteral("showInactiveCheck"))->setChecked(true);
    pool->selectExpert(second);
    save(window, "review-experts.png");

    // The editor of an expert with a conflict, an ID number typed wrong.
    {
        ui::ExpertEditorDialog editor(experts, enterprises, &window);
        REQUIRE(editor.load(second).ok());
        editor.setUnsavedPrompt([](ui::ExpertEditorDialog*) {
            return ui::ExpertEditorDialog::UnsavedDecision::Discard;
        });
        editor.resize(720, 640);
        editor.show();
        auto* title = editor.findChild<QLineEdit*>(QStringLiteral("expertTitleEdit"));
        title->setFocus();
        title->setText(QStringLiteral("教授"));
        emit title->textEdited(title->text());
        auto* specialties = editor.findChild<QLineEdit*>(QStringLiteral("expertSpecialtiesEdit"));
        specialties->setText(QStringLiteral("6-31-01, 6-31-1"));
        emit specialties->textEdited(specialties->text());
        saveOver(window, editor, "review-expert-editor.png");
        editor.hide();
    }

    // The template editor: a weight being changed, so the sum shows red.
    ui::ReviewTemplateView* templates = review->templates();
    review->showPage(templates);
    ui::ReviewTemplateModel* model = templates->model();
    const QModelIndex materials = model->index(6, 0);
    REQUIRE(model->rowCount(materials) > 2);
    REQUIRE(model->setData(model->index(1, ui::ReviewTemplateModel::Weight, materials), 8.0));
    templates->tree()->setCurrentIndex(model->index(1, ui::ReviewTemplateModel::Weight, materials));
    templates->tree()->scrollToTop();
    save(window, "review-template.png");

    // The recommended list of a batch with three reviewed filings; more experts in the
    // pool first, so that every panel of five can be drawn.
    const char* const more[] = {"何建平", "马俊", "高秀英", "林志军", "罗文"};
    for (const char* name : more) {
        Expert e;
        e.name = QString::fromUtf8(name);
        e.idNumber = test::validId(300 + k++);
        e.employer = QStringLiteral("天津市职业技能鉴定指导中心");
        e.title = QStringLiteral("高级技师");
        e.region = QStringLiteral("南开区");
        e.specialties = {QStringLiteral("6")};
        REQUIRE(experts.add(e).ok());
    }
    FilingService& filings = window.filingWorkspace()->filings();
    const qint64 batch = test::addBatch(filings, QStringLiteral("2026年第二批"));
    const double fractions[] = {0.86, 0.64, 0.78};
    for (int i = 0; i < 3; ++i) {
        const qint64 f = test::addFiling(filings, i + 1, batch);
        test::advance(filings, f, {FilingAction::Accept, FilingAction::Schedule});
        test::completeReview(db, f, fractions[i]);
        const QString opinion =
            i == 1
                ? QStringLiteral("考核场地和设备满足要求，培训教程尚需按新版国家职业技能标准修订。")
            : fractions[i] >= 0.7
                ? QStringLiteral("制度健全，专家和考评人员队伍稳定，建议列入试点。")
                : QStringLiteral("评价经费保障和专职人员不足，暂不具备试点条件。");
        REQUIRE(review->reviews().setOpinion(f, opinion).ok());
    }
    ui::RecommendedListView* recommended = review->recommended();
    review->showPage(recommended);
    recommended->setBatch(batch);
    recommended->table()->selectRow(0);
    save(window, "review-recommended.png");
}
