#pragma once
// Finding the widgets of a screen in UI tests: by object name, failing the test (with the
// name) when it is missing.

#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

namespace jd::test {

template <typename T> T* child(QWidget& w, const char* name)
{
    auto* found = w.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace jd::test
