#include "core/common/Error.h"

namespace jd {

QString Error::fullText() const
{
    QStringList lines{message};
    for (const FieldError& f : fields) {
        QString prefix = f.row > 0 ? QStringLiteral("第 %1 行 ").arg(f.row) : QString();
        lines << QStringLiteral("  %1%2：%3").arg(prefix, f.label.isEmpty() ? f.field : f.label, f.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace jd
