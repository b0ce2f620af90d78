#include "ui/review/ScoreSheetDialog.h"

#include "ui/common/ErrorPresenter.h"
#include "ui/review/ScoreSheetForm.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

ScoreSheetDialog::ScoreSheetDialog(ReviewService& service, const ReviewTemplate& t,
                                   const ExpertSheet& sheet, const QString& heading, bool readOnly,
                                   QWidget* parent)
    : QDialog(parent), m_service(service), m_sheet(sheet), m_readOnly(readOnly),
      m_prompt([](QWidget* p) {
          return QMessageBox::question(
              p, tr("评分尚未保存"), tr("评分表有未保存的修改。是否保存？"),
              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
      }),
      m_form(new ScoreSheetForm(this)), m_status(new QLabel(this)), m_save(nullptr)
{
    setObjectName(QStringLiteral("scoreSheetDialog"));
    setWindowTitle(readOnly ? tr("查看评分 — %1").arg(sheet.expertName)
                            : tr("录入评分 — %1").arg(sheet.expertName));
    setSizeGripEnabled(true);
    resize(1000, 760);

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("sheetHeadingLabel"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::RichText);
    QString source;
    if (sheet.source == QStringLiteral("package"))
        source = tr("（来自离线评分包）");
    else if (sheet.source == QStringLiteral("import"))
        source = tr("（来自评分文件导入）");
    title->setText(
        tr("<b>%1</b><br/>评审专家：<b>%2</b>%3　　评分标准：%4（第 %5 版，合格线 %6 分）")
            .arg(heading.toHtmlEscaped(), sheet.expertName.toHtmlEscaped(), source,
                 t.name.toHtmlEscaped())
            .arg(t.version)
            .arg(t.passLine));

    m_form->setSheet(t, sheet.scores, sheet.opinion, sheet.signedOn);
    m_form->setReadOnly(readOnly);

    m_status->setObjectName(QStringLiteral("sheetStatusLabel"));
    m_status->setWordWrap(true);
    if (readOnly)
        m_status->setText(tr("只读：当前状态或权限不允许修改评分。"));
    m_status->setStyleSheet(QStringLiteral("color: #707070;"));

    auto* buttons = new QDialogButtonBox(this);
    if (readOnly) {
        buttons->addButton(tr("关闭"), QDialogButtonBox::RejectRole);
    } else {
        m_save = buttons->addButton(tr("保存(&S)"), QDialogButtonBox::AcceptRole);
        m_save->setObjectName(QStringLiteral("saveSheetButton"));
        m_save->setDefault(false);
        m_save->setAutoDefault(false);
        auto* cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
        cancel->setObjectName(QStringLiteral("cancelSheetButton"));
        cancel->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &ScoreSheetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScoreSheetDialog::reject);
    auto* saveKey = new QAction(this);
    saveKey->setShortcut(QKeySequence::Save);
    connect(saveKey, &QAction::triggered, this, [this] {
        if (!m_readOnly)
            accept();
    });
    addAction(saveKey);

    connect(m_form, &ScoreSheetForm::modificationChanged, this,
            [this](bool modified) { setWindowModified(modified); });
    setWindowTitle(windowTitle() + QStringLiteral("[*]"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    if (!readOnly)
        m_form->focusFirstUnscored();
}

ScoreSheetDialog::~ScoreSheetDialog() = default;

Result<std::unique_ptr<ScoreSheetDialog>> ScoreSheetDialog::open(ReviewService& service,
                                                                 qint64 filingId, qint64 expertId,
                                                                 const QString& heading,
                                                                 bool readOnly, QWidget* parent)
{
    auto sheet = service.sheet(filingId, expertId);
    if (!sheet)
        return sheet.error();
    auto t = service.reviewTemplate(sheet->templateVersion);
    if (!t)
        return t.error();
    return std::make_unique<ScoreSheetDialog>(service, *t, *sheet, heading, readOnly, parent);
}

bool ScoreSheetDialog::save()
{
    if (m_readOnly)
        return false;
    ExpertSheet s = m_sheet;
    s.scores = m_form->scores();
    for (ScoreEntry& e : s.scores)
        e.expertId = s.expertId;
    s.opinion = m_form->opinion();
    s.signedOn = m_form->signedOn();
    s.source = QStringLiteral("entry");
    auto saved = m_service.saveSheet(s);
    if (!saved) {
        m_status->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        m_status->setText(tr("未保存：%1").arg(saved.error().message));
        ErrorPresenter::show(this, saved.error());
        return false;
    }
    m_sheet = *saved;
    m_form->setModified(false);
    m_status->setStyleSheet(QStringLiteral("color: #1e7b34;"));
    m_status->setText(tr("已保存：%1").arg(m_form->summaryText()));
    return true;
}

void ScoreSheetDialog::accept()
{
    if (m_readOnly || save())
        QDialog::accept();
}

void ScoreSheetDialog::reject()
{
    if (!m_readOnly && m_form->isModified()) {
        switch (m_prompt(this)) {
        case QMessageBox::Save:
            if (!save())
                return;
            QDialog::accept();
            return;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

} // namespace jd::ui
