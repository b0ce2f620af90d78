#pragma once
// Builders for valid sample data, to be changed field by field in tests.

#include "core/registry/Enterprise.h"

namespace jd::test {

// A complete, valid enterprise with every field and child list filled in Chinese.
Enterprise sampleEnterprise(int variant = 1);
// A valid USCC / resident ID number different for each variant.
QString validUscc(int variant);
QString validId(int variant);

} // namespace jd::test

#include <string>

namespace jd::test {
// The error of a failed Result as text for Catch's INFO.
template <typename R> std::string why(const R& r)
{
    return r.ok() ? std::string() : (r.error().fullText() + QStringLiteral(" | ") + r.error().detail).toStdString();
}
} // namespace jd::test

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
