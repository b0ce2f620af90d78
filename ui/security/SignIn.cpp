#include "ui/security/SignIn.h"

#include "core/users/UserService.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/FirstRunWizard.h"
#include "ui/security/LoginDialog.h"

namespace jd::ui {

std::optional<Session> SignIn::ask(const Database& db)
{
    auto any = UserService(db, Session{}).hasUsers();
    if (!any) {
        ErrorPresenter::show(nullptr, any.error(), tr("无法读取用户"));
        return std::nullopt;
    }
    if (!*any) {
        // The first-run wizard without its database page: administrator and sample data.
        FirstRunWizard first(db);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        return first.session();
    }
    LoginDialog login(db);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    return login.session();
}

} // namespace jd::ui
