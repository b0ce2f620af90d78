#pragma once
// MainWindow: the application window: navigation between the enterprise registry and the
// occupation catalogue, the menus, the status bar, and the enterprise editors it opens.

#include "core/users/Session.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace jd {
class Database;
class EnterpriseService;
} // namespace jd

namespace jd::ui {

class EnterpriseEditor;
class EnterpriseListView;
class FilingWorkspace;
class OccupationCatalogueView;
class SupervisionWorkspace;
class SystemMenu;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database& db, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    EnterpriseService& enterprises() const { return *m_service; }
    EnterpriseListView* enterpriseList() const { return m_list; }
    // Shows a message in the status bar until the next one (e.g. the database warning).
    void showStatusMessage(const QString& text);
    // The signed-in user's session, used by every service of this window.
    const Session& session() const { return m_session; }
    SystemMenu* systemMenu() const { return m_system; }
    // The 工作台, 备案申请, 试点企业目录 and 证书号段 pages and the filing windows.
    FilingWorkspace* filingWorkspace() const { return m_filingWorkspace; }
    // The 工作日历, 认定计划, 抽查监督, 认定结果, 证书登记 and 上报与统计 pages.
    SupervisionWorkspace* supervisionWorkspace() const { return m_supervisionWorkspace; }
    // True once 切换用户/注销 (or a restore, or another database) closed the window: main()
    // shows the login again.
    bool isSigningOut() const { return m_signingOut; }
    // The database chosen in 文件 → 打开数据库文件/连接服务器数据库/最近打开, once the window
    // has closed for it: main() signs in to it. Empty otherwise; taken only once.
    std::shared_ptr<Database> takeNextDatabase() { return std::move(m_next); }

    QAction* openFileAction() const { return m_openFile; }
    QAction* connectServerAction() const { return m_connectServer; }
    QMenu* recentMenu() const { return m_recentMenu; }
    // Fills 最近打开 from RecentDatabases (done each time the menu opens).
    void updateRecentMenu();

public slots:
    void newEnterprise();
    // Opens the editor of an enterprise, or raises it when it is already open.
    EnterpriseEditor* openEditor(qint64 id);
    void printCurrent();
    void exportTemplate();
    void about();
    // Closes the window (open editors may still ask) without the automatic backup.
    void signOut();
    // 文件 → 打开数据库文件…: a file dialog, then openLocation().
    void openDatabaseFile();
    // 文件 → 连接服务器数据库…: the connection dialog (prefilled with the server in use or the
    // last one used), then switchTo().
    void connectServer();
    // Opens a file or server location (a server asks for its password) and switches to it.
    // Nothing happens for the database in use; a failure is shown and this window stays.
    bool openLocation(const QString& location);
    // Closes the window for `db` like 切换用户/注销 (editors may still ask); false when it stays.
    bool switchTo(std::shared_ptr<Database> db);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupMenus();
    void updateCounts();
    EnterpriseEditor* createEditor();

    Database& m_db;
    Session m_session;
    EnterpriseService* m_service;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    EnterpriseListView* m_list;
    OccupationCatalogueView* m_catalogue;
    QLabel* m_countLabel;
    QLabel* m_pathLabel;
    QList<QPointer<EnterpriseEditor>> m_editors;
    QPointer<EnterpriseEditor> m_lastEditor;
    SystemMenu* m_system = nullptr;
    FilingWorkspace* m_filingWorkspace = nullptr;
    SupervisionWorkspace* m_supervisionWorkspace = nullptr;
    bool m_signingOut = false;
    std::shared_ptr<Database> m_next;
    QAction* m_openFile = nullptr;
    QAction* m_connectServer = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace jd::ui
