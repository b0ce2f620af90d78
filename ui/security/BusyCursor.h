#pragma once
// BusyCursor: shows the wait cursor for as long as it lives (password hashing, backups).

#include <QApplication>

namespace jd::ui {

class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace jd::ui
