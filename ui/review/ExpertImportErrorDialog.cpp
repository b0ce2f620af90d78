#include "ui/review/ExpertImportErrorDialog.h"

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
QStringList cellsOf(const FieldError& f)
{
    return {f.row > 0 ? QString::number(f.row)
                      : QCoreApplication::translate("ExpertImportErrorDialog", "表头"),
            f.label.isEmpty() ? f.field : f.label, f.value, f.message};
}
} // namespace

ExpertImportErrorDialog::ExpertImportErrorDialog(const QString& fileName, const QString& message,
                                                 const QList<FieldError>& errors, QWidget* parent)
    : QDialog(parent), m_fileName(fileName), m_errors(errors),
      m_table(new QTableWidget(static_cast<int>(errors.size()), 4, this))
{
    setObjectName(QStringLiteral("expertImportErrorDialog"));
    setWindowTitle(tr("专家名单未导入 — %1").arg(QFileInfo(fileName).fileName()));
    auto* summary = new QLabel(
        tr("%1\n整份文件未导入。请按下表逐条修改后重新导入；可点击“保存错误报告…”保存此表。")
            .arg(message.isEmpty() ? tr("文件中有 %1 处错误。").arg(errors.size()) : message),
        this);
    summary->setObjectName(QStringLiteral("expertImportErrorSummary"));
    summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("expertImportErrorTable"));
    m_table->setHorizontalHeaderLabels({tr("行"), tr("列"), tr("值"), tr("原因")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    for (int i = 0; i < errors.size(); ++i) {
        const QStringList cells = cellsOf(errors.at(i));
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
    save->setObjectName(QStringLiteral("saveExpertErrorReportButton"));
    connect(save, &QPushButton::clicked, this, &ExpertImportErrorDialog::askAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

Status ExpertImportErrorDialog::saveReport(const QString& path) const
{
    QList<QStringList> rows{{tr("行"), tr("列"), tr("值"), tr("原因")}};
    for (const FieldError& f : m_errors)
        rows << cellsOf(f);
    return table::write(path, rows, tr("错误报告"));
}

void ExpertImportErrorDialog::askAndSave()
{
    const QFileInfo source(m_fileName);
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + tr("-错误报告.csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("保存错误报告"), suggested, tr("CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status s = saveReport(path); !s)
        ErrorPresenter::show(this, s.error());
}

} // namespace jd::ui
