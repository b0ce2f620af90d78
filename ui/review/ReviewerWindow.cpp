#include "ui/review/ReviewerWindow.h"

#include "core/documents/ReviewDocuments.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/PrintActions.h"
#include "ui/review/ScoreSheetForm.h"
#include "ui/security/BusyCursor.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace jd::ui {

namespace {

// Asks for the access code; shows why the last one was refused.
class AccessCodePrompt : public QDialog
{
public:
    AccessCodePrompt(const QString& fileName, const QString& problem, QWidget* parent)
        : QDialog(parent), m_edit(new QLineEdit(this))
    {
        setObjectName(QStringLiteral("accessCodePrompt"));
        setWindowTitle(ReviewerWindow::tr("输入访问码"));
        auto* text = new QLabel(
            ReviewerWindow::tr("打开离线评分包 <b>%1</b><br/>请输入中心导出评分包时给您的 "
                               "12 位访问码（如 ABCD-EFGH-JKMN，不区分大小写）。")
                .arg(fileName.toHtmlEscaped()),
            this);
        text->setWordWrap(true);
        m_edit->setObjectName(QStringLiteral("accessCodeEdit"));
        m_edit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX"));
        QFont f = m_edit->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        f.setLetterSpacing(QFont::AbsoluteSpacing, 1);
        m_edit->setFont(f);
        auto* message = new QLabel(problem, this);
        message->setObjectName(QStringLiteral("accessCodeMessage"));
        message->setWordWrap(true);
        message->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        message->setVisible(!problem.isEmpty());
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(ReviewerWindow::tr("打开"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(text);
        layout->addWidget(m_edit);
        layout->addWidget(message);
        layout->addWidget(buttons);
        setMinimumWidth(440);
        m_edit->setFocus();
    }
    QString code() const { return m_edit->text(); }

private:
    QLineEdit* m_edit;
};

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

} // namespace

ReviewerWindow::ReviewerWindow(QWidget* parent)
    : QMainWindow(parent), m_stack(new QStackedWidget(this)), m_welcome(new QLabel(this)),
      m_enterprise(valueLabel(this, "packageEnterpriseLabel")),
      m_occupations(valueLabel(this, "packageOccupationsLabel")),
      m_visit(valueLabel(this, "packageVisitLabel")),
      m_expert(valueLabel(this, "packageExpertLabel")),
      m_packageInfo(valueLabel(this, "packageInfoLabel")), m_form(new ScoreSheetForm(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewerWindow"));
    setWindowTitle(tr("离线评分 — 鉴定 Jianding"));
    resize(1060, 800);

    m_codePrompt = [this](const QString& fileName,
                          const QString& problem) -> std::optional<QString> {
        AccessCodePrompt prompt(fileName, problem, this);
        if (prompt.exec() != QDialog::Accepted)
            return std::nullopt;
        return prompt.code();
    };
    m_chooser = [this](bool save, const QString& suggestion) {
        const QString filter = tr("离线评分包 (*.jdreview)");
        return save ? QFileDialog::getSaveFileName(this, tr("评分包另存为"), suggestion, filter)
                    : QFileDialog::getOpenFileName(this, tr("打开离线评分包"), suggestion,
                                                   filter + tr(";;所有文件 (*)"));
    };
    m_unsavedPrompt = [](QWidget* parent) {
        return QMessageBox::question(
            parent, tr("评分尚未保存"), tr("评分包有未保存的修改。是否保存到评分包文件？"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    // Menu and tool bar: 打开, 保存, 另存为, 打印.
    QMenu* file = menuBar()->addMenu(tr("文件(&F)"));
    QAction* openAction = file->addAction(tr("打开评分包(&O)…"), this, [this] { open(); });
    openAction->setObjectName(QStringLiteral("openPackageAction"));
    openAction->setShortcut(QKeySequence::Open);
    m_saveAction = file->addAction(tr("保存(&S)"), this, [this] { save(); });
    m_saveAction->setObjectName(QStringLiteral("savePackageAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = file->addAction(tr("另存为(&A)…"), this, [this] { saveAs(); });
    m_saveAsAction->setObjectName(QStringLiteral("saveAsPackageAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_printAction = file->addAction(tr("打印评分表(&P)…"), this, [this] { printSheet(false); });
    m_printAction->setObjectName(QStringLiteral("printSheetAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_pdfAction = file->addAction(tr("评分表导出 PDF(&E)…"), this, [this] { printSheet(true); });
    m_pdfAction->setObjectName(QStringLiteral("pdfSheetAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("关闭(&C)"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Close);

    QToolBar* bar = addToolBar(tr("评分包"));
    bar->setObjectName(QStringLiteral("reviewerToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(openAction);
    bar->addAction(m_saveAction);
    bar->addAction(m_saveAsAction);
    bar->addSeparator();
    bar->addAction(m_printAction);

    // Before a package is open: what this mode is for.
    m_welcome->setObjectName(QStringLiteral("reviewerWelcomeLabel"));
    m_welcome->setWordWrap(true);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setText(tr(
        "<h2>离线评分（评审专家）</h2>"
        "<p>打开中心为您导出的离线评分包（*.jdreview），输入中心给您的访问码，即可在本机评分。</p>"
        "<p>评分随时保存回同一个文件；评分完成后把文件交回中心导入。<br/>"
        "本模式不使用也不创建中心的数据库。</p>"
        "<p>文件 → 打开评分包（Ctrl+O）</p>"));
    m_welcome->setMargin(40);

    auto* page = new QWidget(this);
    auto* summary = new QGroupBox(tr("评审对象"), page);
    summary->setObjectName(QStringLiteral("packageSummaryBox"));
    // Two columns, so the sheet below keeps most of the height.
    auto* form = new QGridLayout(summary);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(4);
    auto caption = [summary](const QString& text) {
        auto* l = new QLabel(text, summary);
        l->setAlignment(Qt::AlignRight | Qt::AlignTop);
        l->setStyleSheet(QStringLiteral("color: #555;"));
        return l;
    };
    form->addWidget(caption(tr("申报企业")), 0, 0);
    form->addWidget(m_enterprise, 0, 1);
    form->addWidget(caption(tr("评审专家")), 0, 2);
    form->addWidget(m_expert, 0, 3);
    form->addWidget(caption(tr("申报职业")), 1, 0);
    form->addWidget(m_occupations, 1, 1);
    form->addWidget(caption(tr("现场评估")), 1, 2);
    form->addWidget(m_visit, 1, 3);
    form->addWidget(caption(tr("评分包")), 2, 0);
    form->addWidget(m_packageInfo, 2, 1, 1, 3);
    form->setColumnStretch(1, 3);
    form->setColumnStretch(3, 2);
    QFont big = m_enterprise->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_enterprise->setFont(big);
    m_packageInfo->setStyleSheet(QStringLiteral("color: #666;"));
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(summary);
    pageLayout->addWidget(m_form, 1);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(page);
    setCentralWidget(m_stack);

    m_status->setObjectName(QStringLiteral("reviewerStatusLabel"));
    statusBar()->addPermanentWidget(m_status, 1);
    connect(m_form, &ScoreSheetForm::changed, this, &ReviewerWindow::updateStatus);
    connect(m_form, &ScoreSheetForm::modificationChanged, this,
            [this](bool modified) { setWindowModified(modified); });
    populate();
}

ReviewerWindow::~ReviewerWindow() = default;

ReviewerWindow* ReviewerWindow::launch(QWidget* over, const QString& path)
{
    auto* w = new ReviewerWindow(over);
    w->setAttribute(Qt::WA_DeleteOnClose);
    if (over) {
        // Over the sign-in dialog: a window of its own, modal so that nobody signs in
        // (and closes it) with a sheet half saved.
        w->setWindowFlag(Qt::Window);
        w->setWindowModality(Qt::ApplicationModal);
    }
    w->show();
    QTimer::singleShot(0, w, [w, path] { w->open(path); });
    return w;
}

bool ReviewerWindow::isModified() const
{
    return m_package && m_form->isModified();
}

Status ReviewerWindow::openPackage(const QString& path, const QString& accessCode)
{
    auto pkg = [&] {
        const BusyCursor busy; // Argon2id takes a moment
        return ReviewPackage::open(path, accessCode);
    }();
    if (!pkg)
        return pkg.error();
    m_package = *pkg;
    m_path = path;
    m_form->setSheet(m_package->reviewTemplate(), m_package->scores(), m_package->opinion(),
                     m_package->signedOn());
    populate();
    return {};
}

bool ReviewerWindow::open(const QString& given)
{
    if (!maybeSave())
        return false;
    QString path = given;
    if (path.isEmpty()) {
        const QString start =
            m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : QFileInfo(m_path).absolutePath();
        path = m_chooser(false, start);
        if (path.isEmpty())
            return false;
    }
    QString problem;
    for (;;) {
        const auto code = m_codePrompt(QFileInfo(path).fileName(), problem);
        if (!code)
            return false;
        Status s = openPackage(path, *code);
        if (s) {
            statusBar()->showMessage(tr("已打开评分包 %1").arg(QFileInfo(path).fileName()), 5000);
            m_form->focusFirstUnscored();
            return true;
        }
        // A wrong code is asked again with the reason; anything else ends the attempt.
        const bool wrongCode = s.error().code == ErrorCode::Invalid && !s.error().fields.isEmpty();
        if (!wrongCode) {
            ErrorPresenter::show(this, s.error());
            return false;
        }
        problem = s.error().message;
    }
}

Status ReviewerWindow::writeTo(const QString& path)
{
    if (!m_package)
        return Error::usage(tr("还没有打开评分包。"));
    ReviewPackage pkg = *m_package;
    QHash<QString, ScoreEntry> scored;
    for (const ScoreEntry& e : m_form->scores())
        scored.insert(e.criterionId, e);
    for (const Criterion& c : pkg.reviewTemplate().leaves()) {
        if (scored.contains(c.id)) {
            const ScoreEntry& e = scored.value(c.id);
            if (Status s = pkg.setScore(c.id, e.score, e.comment); !s)
                return s;
        } else {
            pkg.clearScore(c.id);
        }
    }
    pkg.setOpinion(m_form->opinion());
    pkg.setSignedOn(m_form->signedOn());
    if (Status s = pkg.save(path); !s)
        return s;
    m_package = pkg;
    return {};
}

bool ReviewerWindow::save()
{
    if (!m_package)
        return false;
    if (Status s = writeTo(m_path); !s) {
        ErrorPresenter::show(this, s.error());
        return false;
    }
    m_form->setModified(false);
    updateStatus();
    statusBar()->showMessage(tr("已保存到 %1").arg(QDir::toNativeSeparators(m_path)), 5000);
    return true;
}

bool ReviewerWindow::saveAs(const QString& given)
{
    if (!m_package)
        return false;
    QString path = given;
    if (path.isEmpty()) {
        path = m_chooser(true, m_path);
        if (path.isEmpty())
            return false;
    }
    const QString suffix = QString::fromLatin1(ReviewPackage::FileSuffix);
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    if (Status s = writeTo(path); !s) {
        ErrorPresenter::show(this, s.error());
        return false;
    }
    m_path = path;
    m_form->setModified(false);
    populate(); // the title names the file
    statusBar()->showMessage(tr("已另存为 %1").arg(QDir::toNativeSeparators(m_path)), 5000);
    return true;
}

bool ReviewerWindow::maybeSave()
{
    if (!isModified())
        return true;
    switch (m_unsavedPrompt(this)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ReviewerWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void ReviewerWindow::populate()
{
    const bool open = m_package.has_value();
    m_stack->setCurrentIndex(open ? 1 : 0);
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_printAction->setEnabled(open);
    m_pdfAction->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("离线评分 — 鉴定 Jianding"));
        updateStatus();
        return;
    }
    const ReviewPackage& p = *m_package;
    setWindowTitle(
        tr("离线评分 — %1 — %2[*]").arg(p.enterpriseName(), QFileInfo(m_path).fileName()));
    m_enterprise->setText(p.enterpriseName());
    m_occupations->setText(p.occupations().isEmpty() ? tr("—")
                                                     : p.occupations().join(QLatin1Char('\n')));
    m_visit->setText(tr("%1　%2").arg(
        p.visitDate().isValid() ? p.visitDate().toString(tr("yyyy年M月d日")) : tr("日期未定"),
        p.visitPlace().isEmpty() ? tr("地点未定") : p.visitPlace()));
    m_expert->setText(p.expertName());
    m_packageInfo->setText(
        tr("%1　备案申请 %2　%3 于 %4 导出　评分标准第 %5 版")
            .arg(QFileInfo(m_path).fileName())
            .arg(p.filingId())
            .arg(p.createdBy(), p.createdAt().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(p.reviewTemplate().version));
    m_packageInfo->setToolTip(
        tr("%1\n评分标准：%2").arg(QDir::toNativeSeparators(m_path), p.reviewTemplate().name));
    updateStatus();
}

QString ReviewerWindow::statusText() const
{
    return m_status->text();
}

void ReviewerWindow::updateStatus()
{
    if (!m_package) {
        m_status->setText(tr("未打开评分包"));
        m_status->setStyleSheet(QString());
        return;
    }
    const int missing = m_form->criterionCount() - m_form->scoredCount();
    QString text = m_form->summaryText();
    if (missing == 0)
        text += tr("。评分完整，保存后请把文件交回中心。");
    else
        text += tr("。尚有 %1 项未评，评分包须填完才能被中心导入。").arg(missing);
    if (m_form->isModified())
        text += tr("（有未保存的修改）");
    m_status->setText(text);
    m_status->setStyleSheet(missing == 0 ? QStringLiteral("color: #1e7b34;")
                                         : QStringLiteral("color: #b35c00;"));
}

void ReviewerWindow::printSheet(bool toPdf)
{
    if (!m_package)
        return;
    const ReviewPackage& p = *m_package;
    ReviewSheetHeader h;
    h.filingId = p.filingId();
    h.enterpriseName = p.enterpriseName();
    h.occupations = p.occupations();
    h.visitDate = p.visitDate();
    h.visitPlace = p.visitPlace();
    h.expertName = p.expertName();
    ExpertSheet s;
    s.filingId = p.filingId();
    s.expertId = p.expertId();
    s.expertName = p.expertName();
    s.templateVersion = p.reviewTemplate().version;
    s.scores = m_form->scores();
    for (ScoreEntry& e : s.scores)
        e.expertId = p.expertId();
    s.opinion = m_form->opinion();
    s.signedOn = m_form->signedOn();
    s.source = QStringLiteral("package");
    const PrintableDocument doc = filledScoreSheet(h, p.reviewTemplate(), s);
    if (toPdf)
        PrintActions::exportPdf(this, doc,
                                tr("评分表-%1-%2").arg(p.enterpriseName(), p.expertName()));
    else
        PrintActions::preview(this, doc);
}

} // namespace jd::ui
