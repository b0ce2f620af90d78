#pragma once
// ServerConnectionDialog: connects to a centre's PostgreSQL server (文件 → 连接服务器数据库…,
// `jianding --db postgresql://…`, 最近打开). The fields are a ServerConnectionForm; 连接 (also
// Enter) opens the database with the password typed. A failure is shown inside the dialog,
// which stays open to be corrected; on success the dialog is accepted and hands over the
// open database. The password is used for this connection only and cleared afterwards.

#include "core/db/Database.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace jd::ui {

class ServerConnectionForm;

class ServerConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `location`: a server address to start from (fields prefilled, the password asked).
    explicit ServerConnectionDialog(const QString& location = {}, QWidget* parent = nullptr);
    ~ServerConnectionDialog() override;

    ServerConnectionForm* form() const { return m_form; }
    // How the database is opened (e.g. createIfMissing); the password comes from the form.
    void setOptions(const Database::Options& options) { m_options = options; }

    // Connects now: true (and the dialog accepted) when the database is open; otherwise
    // the reason is shown in the dialog, which stays open.
    bool tryConnect();

    // After a successful connection: the open database and its address.
    std::shared_ptr<Database> database() const { return m_database; }
    QString location() const;

private:
    ServerConnectionForm* m_form;
    QPushButton* m_connect;
    Database::Options m_options;
    std::shared_ptr<Database> m_database;
};

} // namespace jd::ui
