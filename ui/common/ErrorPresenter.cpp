#include "ui/common/ErrorPresenter.h"

#include <QMessageBox>

namespace jd::ui {

ErrorPresenter::Sink& ErrorPresenter::sink()
{
    static Sink s;
    return s;
}

void ErrorPresenter::setSink(Sink s)
{
    sink() = std::move(s);
}

QString ErrorPresenter::titleFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Invalid: return tr("数据有误");
    case ErrorCode::Usage: return tr("操作有误");
    case ErrorCode::NotFound: return tr("记录不存在");
    case ErrorCode::NotAllowed: return tr("不能执行此操作");
    case ErrorCode::Storage: return tr("存储错误");
    }
    return tr("操作失败");
}

QString ErrorPresenter::fieldLines(const QList<FieldError>& fields, int limit)
{
    QStringList lines;
    for (const FieldError& f : fields) {
        if (lines.size() >= limit) {
            lines << tr("……另有 %1 处，请查看完整列表。").arg(fields.size() - limit);
            break;
        }
        const QString where = f.row > 0 ? tr("第 %1 行 ").arg(f.row) : QString();
        lines << tr("%1%2：%3").arg(where, f.label.isEmpty() ? f.field : f.label, f.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void ErrorPresenter::show(QWidget* parent, const Error& error, const QString& title)
{
    if (sink()) {
        sink()(parent, error);
        return;
    }
    QMessageBox box(parent);
    box.setWindowTitle(title.isEmpty() ? titleFor(error) : title);
    box.setIcon(error.code == ErrorCode::Storage ? QMessageBox::Critical : QMessageBox::Warning);
    box.setText(error.message);
    if (!error.fields.isEmpty())
        box.setInformativeText(fieldLines(error.fields));
    // The technical detail is for the administrator, kept out of the way.
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace jd::ui
