#include "ui/review/AccessCodeDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jd::ui {

AccessCodeDialog::AccessCodeDialog(const PackageExport& exported, const QString& expertName,
                                   QWidget* parent)
    : QDialog(parent), m_code(exported.accessCode), m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("accessCodeDialog"));
    setWindowTitle(tr("离线评分包已导出"));

    auto* intro = new QLabel(tr("已为专家 <b>%1</b> 导出离线评分包：<br/><code>%2</code>")
                                 .arg(expertName.toHtmlEscaped(),
                                      QDir::toNativeSeparators(exported.path).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* caption = new QLabel(tr("访问码"), this);
    auto* code = new QLabel(m_code, this);
    code->setObjectName(QStringLiteral("accessCodeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF() * 2.2);
    mono.setBold(true);
    mono.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    code->setFont(mono);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    code->setAlignment(Qt::AlignCenter);
    code->setStyleSheet(QStringLiteral(
        "QLabel { background: #f4f7fb; border: 1px solid #b9c6d6; padding: 10px 18px; }"));

    auto* copy = new QPushButton(tr("复制访问码(&C)"), this);
    copy->setObjectName(QStringLiteral("copyCodeButton"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, &AccessCodeDialog::copyCode);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    m_copied->setStyleSheet(QStringLiteral("color: #1e7b34;"));
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(copy);
    copyRow->addWidget(m_copied, 1);

    auto* warning = new QLabel(
        tr("<b>访问码只显示这一次</b>，系统不保存访问码，关闭本窗口后无法再查看。<br/>"
           "请抄写访问码，或复制后打印，交给专家本人；"
           "评分包文件和访问码应分开交付（例如文件用 U 盘或邮件，访问码当面或电话告知）。<br/>"
           "专家在任意一台装有本程序的电脑上选择“离线评分（评审专家）”，打开评分包并输入访问码即可"
           "评分；"
           "评分完成后交回同一个文件，由中心“导入离线评分包”。每个评分包只能导入一次。"),
        this);
    warning->setObjectName(QStringLiteral("accessCodeHint"));
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #e0c36a; padding: 8px; }"));

    auto* buttons = new QDialogButtonBox(this);
    auto* done = buttons->addButton(tr("我已记下访问码"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("accessCodeDoneButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(caption);
    layout->addWidget(code);
    layout->addLayout(copyRow);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    copy->setFocus();
}

void AccessCodeDialog::copyCode()
{
    QApplication::clipboard()->setText(m_code);
    m_copied->setText(tr("已复制到剪贴板"));
}

} // namespace jd::ui
