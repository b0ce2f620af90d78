#pragma once
// Error: what went wrong, in one value that every layer passes upward. `message` is
// for people (Chinese by default, field and fix named), `detail` for logs. `code`
// maps onto the CLI exit codes of CLI.md.

#include <QString>
#include <QStringList>

namespace jd {

enum class ErrorCode {
    Invalid = 1,    // bad input or rejected data; nothing written
    Usage = 2,      // wrong call (CLI usage)
    NotFound = 3,   // the named record does not exist
    NotAllowed = 4, // state or role forbids it; also authentication failures
    Storage = 5,    // database or file error
};

struct FieldError
{
    QString field;   // machine name of the field, e.g. "uscc" or "occupations[2].code"
    QString label;   // the field as people know it, e.g. "统一社会信用代码"
    QString message; // what is wrong and how to fix it
    int row = 0;     // 1-based data row for imports, 0 otherwise
    QString value;   // the offending value, for reports
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
    QString detail;
    QList<FieldError> fields;

    static Error invalid(const QString& message, QList<FieldError> fields = {})
    {
        return Error{ErrorCode::Invalid, message, {}, std::move(fields)};
    }
    static Error notFound(const QString& message) { return Error{ErrorCode::NotFound, message, {}, {}}; }
    static Error notAllowed(const QString& message) { return Error{ErrorCode::NotAllowed, message, {}, {}}; }
    static Error storage(const QString& message, const QString& detail = {})
    {
        return Error{ErrorCode::Storage, message, detail, {}};
    }
    static Error usage(const QString& message) { return Error{ErrorCode::Usage, message, {}, {}}; }

    // The message followed by one line per field error.
    QString fullText() const;
};

} // namespace jd
