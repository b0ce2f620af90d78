#pragma once
// FirstAdminDialog: at the first start of a database without users, creates its
// administrator (UserService::add with Role::Admin) and signs them in. Password problems
// and a mismatched confirmation show as people type; tryCreate() serves tests.

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FirstAdminDialog;
}

namespace jd {
class Database;
}

namespace jd::ui {

class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(const Database& db, QWidget* parent = nullptr);
    ~FirstAdminDialog() override;

    // What keeps the fields from being accepted now (weak password, mismatch); none when fine.
    std::optional<QString> problem() const;
    // The same check for any fields (the first-run wizard uses it too).
    static std::optional<QString> problemFor(const QString& userName, const QString& password, const QString& confirm);
    // Creates the administrator and signs in; on failure shows why and creates nothing.
    Result<Session> tryCreate();
    const std::optional<Session>& session() const { return m_session; }
    QString message() const;

public slots:
    void accept() override;

private:
    void updateProblem();
    void showMessage(const QString& text);

    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    const Database& m_db;
    std::optional<Session> m_session;
};

} // namespace jd::ui
