#pragma once
// ErrorPresenter: the one place where a jd::Error becomes a message box people read.

#include "core/common/Error.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace jd::ui {

class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)
public:
    // Where errors go instead of a modal box; tests install one so nothing blocks.
    using Sink = std::function<void(QWidget* parent, const Error& error)>;

    static void show(QWidget* parent, const Error& error, const QString& title = {});
    static void setSink(Sink sink);
    // The window title for an error of this kind (操作失败, 数据有误, ...).
    static QString titleFor(const Error& error);
    // Field errors as lines people read: "第 3 行 手机：…".
    static QString fieldLines(const QList<FieldError>& fields, int limit = 20);

private:
    static Sink& sink();
};

} // namespace jd::ui
