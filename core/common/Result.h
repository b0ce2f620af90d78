#pragma once
// Result<T>: either a value or an Error. Services return it instead of throwing or
// showing anything; callers decide how to present the error.

#include "core/common/Error.h"

#include <optional>
#include <utility>

namespace jd {

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return value(); }
    // On a temporary, by value: `for (auto& x : *service.list())` then owns what it walks.
    T operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return *m_error; }

private:
    // Two optionals rather than a variant: GCC 12 warns falsely on variants of QList.
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

struct Unit
{
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace jd
