#include "ui/supervision/ResultErrorDialog.h"

#include "core/supervision/ResultService.h"
#include "ui/common/ErrorPresenter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jd::ui {

ResultErrorDialog::ResultErrorDialog(const QString& fileName, const Error& error, QWidget* parent)
    : QDialog(parent), m_fileName(fileName), m_error(error),
      m_table(new QTableWidget(static_cast<int>(error.fields.size()), 4, this))
{
    setObjectName(QStringLiteral("resultErrorDialog"));
    setWindowTitle(tr("结果名单未导入 — %1").arg(QFileInfo(fileName).fileName()));
    auto* summary =
        new QLabel(tr("%1\n请企业按下表逐条修改后重新报送；可点击“保存错误报告…”把报告发给企业。")
                       .arg(error.message),
                   this);
    summary->setObjectName(QStringLiteral("resultErrorSummary"));
    summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("resultErrorTable"));
    m_table->setHorizontalHeaderLabels({tr("行"), tr("列"), tr("值"), tr("原因")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < error.fields.size(); ++i) {
        const FieldError& f = error.fields.at(i);
        const QStringList cells{f.row > 0 ? QString::number(f.row) : tr("表头"),
                                f.label.isEmpty() ? f.field : f.label, f.value, f.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(2, 200);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    auto* save = buttons->addButton(tr("保存错误报告…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveErrorReportButton"));
    connect(save, &QPushButton::clicked, this, &ResultErrorDialog::askAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 560);
}

Status ResultErrorDialog::saveReport(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = ResultService::errorReport(m_error.fields);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::storage(tr("无法写入错误报告“%1”：%2").arg(path, file.errorString()));
    return {};
}

void ResultErrorDialog::askAndSave()
{
    const QFileInfo source(m_fileName);
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + tr("-错误报告.csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("保存错误报告"), suggested, tr("CSV 文件 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = saveReport(path); !s)
        ErrorPresenter::show(this, s.error());
}

} // namespace jd::ui
