#include "ui/registry/ImportErrorDialog.h"

#include "core/common/TableFile.h"
#include "ui/common/ErrorPresenter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jd::ui {

namespace {
QString rowText(const FieldError& f)
{
    return f.row > 0 ? QString::number(f.row) : QCoreApplication::translate("ImportErrorDialog", "表头");
}
QString columnText(const FieldError& f)
{
    return f.label.isEmpty() ? f.field : f.label;
}
} // namespace

ImportErrorDialog::ImportErrorDialog(const QString& fileName, const Error& error, QWidget* parent,
                                     const QString& advice)
    : QDialog(parent), m_fileName(fileName), m_error(error)
{
    setObjectName(QStringLiteral("importErrorDialog"));
    setWindowTitle(tr("导入未完成 — %1").arg(QFileInfo(fileName).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(
        QStringLiteral("%1\n%2").arg(error.message, advice.isEmpty()
                                                        ? tr("请按下表逐条修改后重新导入；可保存错误报告交给填写文件的人。")
                                                        : advice),
        this);
    summary->setObjectName(QStringLiteral("importErrorSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* table = m_table = new QTableWidget(static_cast<int>(error.fields.size()), 4, this);
    table->setObjectName(QStringLiteral("importErrorTable"));
    table->setHorizontalHeaderLabels({tr("行"), tr("列"), tr("值"), tr("原因")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    for (int i = 0; i < error.fields.size(); ++i) {
        const FieldError& f = error.fields.at(i);
        const QStringList cells{rowText(f), columnText(f), f.value, f.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            table->setItem(i, c, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setColumnWidth(2, 180);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = buttons->addButton(tr("保存错误报告…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveReportButton"));
    connect(save, &QPushButton::clicked, this, &ImportErrorDialog::askAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 520);
}

void ImportErrorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_table->resizeRowsToContents();
}

Status ImportErrorDialog::saveReport(const QString& path) const
{
    return table::writeErrorReport(path, m_fileName, m_error.fields);
}

void ImportErrorDialog::askAndSave()
{
    const QFileInfo source(m_fileName);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-错误报告.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("保存错误报告"), suggested,
                                                      tr("CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status s = saveReport(path); !s)
        ErrorPresenter::show(this, s.error());
}

} // namespace jd::ui
