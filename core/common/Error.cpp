#include "core/common/Error.h"

#include <QCoreApplication>

namespace jd {
namespace {
// Messages of this file, translated under the context "jd::Error".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(jd::Error)
};
} // namespace

QString Error::fullText() const
{
    QStringList lines{message};
    for (const FieldError& f : fields) {
        QString prefix = f.row > 0 ? Tr::tr("第 %1 行 ").arg(f.row) : QString();
        lines << Tr::tr("  %1%2：%3").arg(prefix, f.label.isEmpty() ? f.field : f.label, f.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace jd
