#pragma once
// FirstRunWizard: the first start of the desktop app. Creates a new database (default
// place or another file), opens an existing one, or connects to a centre's PostgreSQL server
// (ServerConnectionForm; a connection that fails is shown on the page), creates its
// administrator and, if wanted, sample data; then hands back the open database and the
// administrator's session.
// Started on an open database without users (SignIn), it only asks for the administrator
// and the sample data. Errors go through ErrorPresenter and keep the wizard open on the page
// concerned; a new file that could not be set up is removed again, except after a failure
// to create the administrator (the file then stays, empty of users, and the wizard says so).

#include "core/common/Result.h"
#include "core/users/Session.h"

#include <QWizard>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace jd {
class Database;
}

namespace jd::ui {

class ServerConnectionForm;

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        DatabasePage,
        AdminPage,
        SamplePage,
        SummaryPage
    };

    // The whole wizard; `defaultPath` is where 新建 proposes the database (tests pass their own).
    explicit FirstRunWizard(const QString& defaultPath, QWidget* parent = nullptr);
    // An open database without users: administrator and sample data only.
    explicit FirstRunWizard(const Database& db, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // After Finish: the database opened or created (owned by the wizard unless it was given).
    std::shared_ptr<Database> database() const { return m_owned; }
    // Its file path or server address.
    QString databasePath() const;
    // The administrator signed in; empty when an existing database with users was opened
    // (people then sign in as usual).
    const std::optional<Session>& session() const { return m_session; }

    // What keeps the administrator page from going on (weak password, mismatch); none when fine.
    std::optional<QString> adminProblem() const;

    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;

private:
    void buildPages(bool withDatabasePage);
    QWizardPage* makeDatabasePage();
    QWizardPage* makeAdminPage();
    QWizardPage* makeSamplePage();
    QWizardPage* makeSummaryPage();
    void updateAdminMessages();
    void browseNew();
    void browseExisting();
    // The file the database page points at, and whether it is to be created.
    QString chosenPath() const;
    bool createsNew() const;
    bool usesServer() const;
    bool validateDatabasePage();
    // Opens (a new file: creates) the chosen database with its reference data, unless open already.
    bool ensureOpen();
    // A new database is never written over a file that is there already.
    void refuseExisting(const QString& path);
    // Finish: open/create, reference data, administrator, sample data.
    bool finish();
    void closeOwned();
    void goBackTo(int id);

    const Database* m_given = nullptr;
    std::shared_ptr<Database> m_owned;
    QString m_ownedPath;
    bool m_ownedIsNew = false; // created by this wizard, no administrator yet
    bool m_existingHasUsers = false;
    QString m_defaultPath;
    std::optional<Session> m_session;

    QRadioButton* m_newDefaultRadio = nullptr;
    QRadioButton* m_newOtherRadio = nullptr;
    QRadioButton* m_openRadio = nullptr;
    QRadioButton* m_serverRadio = nullptr;
    QLineEdit* m_newPathEdit = nullptr;
    QLineEdit* m_openPathEdit = nullptr;
    QPushButton* m_newBrowse = nullptr;
    QPushButton* m_openBrowse = nullptr;
    ServerConnectionForm* m_serverForm = nullptr;

    QLineEdit* m_userNameEdit = nullptr;
    QLineEdit* m_fullNameEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_userNameMessage = nullptr;
    QLabel* m_passwordMessage = nullptr;
    QLabel* m_confirmMessage = nullptr;

    QCheckBox* m_sampleCheck = nullptr;
    QSpinBox* m_enterpriseSpin = nullptr;

    QLabel* m_summaryLabel = nullptr;
};

} // namespace jd::ui
