#include "ui/security/UserAdminDialog.h"

#include "core/db/Database.h"
#include "core/users/UserService.h"
#include "ui/common/CoreLabels.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/security/BusyCursor.h"
#include "ui/security/NewUserDialog.h"
#include "ui/security/PasswordDialog.h"
#include "ui/security/UserTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jd::ui {

UserAdminDialog::UserAdminDialog(const Database& db, Session session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(std::move(session)), m_model(new UserTableModel(this)),
      m_table(new QTableView(this)), m_resetPassword(new QPushButton(tr("重设密码…"), this)),
      m_changeRole(new QPushButton(tr("修改角色…"), this)), m_toggleActive(new QPushButton(tr("停用"), this)),
      m_unlock(new QPushButton(tr("解锁"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("userAdminDialog"));
    setWindowTitle(tr("用户管理"));
    m_model->setObjectName(QStringLiteral("userModel"));
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::FullName, QHeaderView::Stretch);

    auto* newUser = new QPushButton(tr("新建用户…"), this);
    newUser->setObjectName(QStringLiteral("newUserButton"));
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActiveButton"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    auto* close = new QPushButton(tr("关闭"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    m_status->setObjectName(QStringLiteral("userCountLabel"));

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {newUser, m_resetPassword, m_changeRole, m_toggleActive, m_unlock}) {
        b->setAutoDefault(false);
        side->addWidget(b);
    }
    side->addStretch(1);
    side->addWidget(close);
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("录入员录入和修改企业信息；评审专家只读（证件号码部分隐藏）；审核员另可删除企业、"
                               "作出备案决定、查看操作日志和备份；管理员另可管理用户、修改参考数据和恢复数据库。"),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(hint);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);

    connect(newUser, &QPushButton::clicked, this, &UserAdminDialog::newUserWithDialog);
    connect(m_resetPassword, &QPushButton::clicked, this, &UserAdminDialog::resetPasswordWithDialog);
    connect(m_changeRole, &QPushButton::clicked, this, &UserAdminDialog::changeRoleWithDialog);
    connect(m_toggleActive, &QPushButton::clicked, this, &UserAdminDialog::toggleActiveWithDialog);
    connect(m_unlock, &QPushButton::clicked, this, &UserAdminDialog::unlockCurrent);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserAdminDialog::updateButtons);

    resize(820, 460);
    refresh();
}

void UserAdminDialog::refresh()
{
    const QString selected = currentUserName();
    auto users = UserService(m_db, m_session).list();
    if (!users) {
        ErrorPresenter::show(this, users.error());
        return;
    }
    m_model->setUsers(*users, m_db.clock().now());
    int active = 0;
    for (const User& u : *users)
        active += u.active ? 1 : 0;
    m_status->setText(tr("共 %1 个用户，其中 %2 个启用").arg(users->size()).arg(active));
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
}

QString UserAdminDialog::currentUserName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(UserTableModel::NameRole).toString();
}

bool UserAdminDialog::selectUser(const QString& name)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->users().at(r).name == name) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void UserAdminDialog::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    m_resetPassword->setEnabled(any);
    m_changeRole->setEnabled(any);
    m_toggleActive->setEnabled(any);
    const int row = any ? rows.first().row() : -1;
    m_toggleActive->setText(any && !m_model->users().at(row).active ? tr("启用") : tr("停用"));
    m_unlock->setEnabled(any && (m_model->isLocked(row) || m_model->users().at(row).failedAttempts > 0));
}

Status UserAdminDialog::presented(const Status& s, const QString& title)
{
    if (!s)
        ErrorPresenter::show(this, s.error(), title);
    refresh();
    return s;
}

Status UserAdminDialog::createUser(const QString& name, const QString& fullName, Role role, const QString& password)
{
    const BusyCursor busy;
    auto added = UserService(m_db, m_session).add(name, role, password, fullName);
    const Status s = added ? Status() : Status(added.error());
    (void)presented(s, tr("未能创建用户"));
    if (s)
        selectUser(name);
    return s;
}

Status UserAdminDialog::resetPassword(const QString& name, const QString& password)
{
    const BusyCursor busy;
    return presented(UserService(m_db, m_session).setPassword(name, password), tr("未能重设密码"));
}

Status UserAdminDialog::changeRole(const QString& name, Role role)
{
    return presented(UserService(m_db, m_session).setRole(name, role), tr("未能修改角色"));
}

Status UserAdminDialog::setActive(const QString& name, bool active)
{
    return presented(UserService(m_db, m_session).setActive(name, active), active ? tr("未能启用") : tr("未能停用"));
}

Status UserAdminDialog::unlock(const QString& name)
{
    return presented(UserService(m_db, m_session).unlock(name), tr("未能解锁"));
}

void UserAdminDialog::newUserWithDialog()
{
    NewUserDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const BusyCursor busy;
        auto added = UserService(m_db, m_session).add(dialog.userName(), dialog.role(), dialog.password(),
                                                      dialog.fullName());
        if (added) {
            refresh();
            selectUser(added->name);
            return;
        }
        // The dialog stays open with what was typed, so a taken name is easy to change.
        const Error& e = added.error();
        dialog.showMessage(e.fields.isEmpty() ? e.message : ErrorPresenter::fieldLines(e.fields));
    }
}

void UserAdminDialog::resetPasswordWithDialog()
{
    const QString name = currentUserName();
    if (name.isEmpty())
        return;
    PasswordDialog dialog(PasswordDialog::Mode::Reset, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (resetPassword(name, dialog.newPassword()))
        QMessageBox::information(this, tr("重设密码"), tr("已重设“%1”的密码，其锁定也已解除。").arg(name));
}

void UserAdminDialog::changeRoleWithDialog()
{
    const QString name = currentUserName();
    if (name.isEmpty())
        return;
    const int row = m_table->selectionModel()->selectedRows().first().row();
    const Role current = m_model->users().at(row).role;
    const QList<Role> roles{Role::Clerk, Role::Reviewer, Role::Supervisor, Role::Admin};
    QStringList labels;
    for (Role r : roles)
        labels << roleText(r);
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("修改角色"), tr("“%1”的新角色：").arg(name), labels,
                                                 static_cast<int>(roles.indexOf(current)), false, &ok);
    if (!ok)
        return;
    const Role role = roles.at(labels.indexOf(picked));
    if (role != current)
        (void)changeRole(name, role);
}

void UserAdminDialog::toggleActiveWithDialog()
{
    const QString name = currentUserName();
    if (name.isEmpty())
        return;
    const int row = m_table->selectionModel()->selectedRows().first().row();
    const bool active = m_model->users().at(row).active;
    if (active) {
        const auto answer = QMessageBox::question(
            this, tr("停用用户"), tr("停用“%1”后，此账户不能再登录；其操作记录保留。确定停用吗？").arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    (void)setActive(name, !active);
}

void UserAdminDialog::unlockCurrent()
{
    const QString name = currentUserName();
    if (!name.isEmpty())
        (void)unlock(name);
}

} // namespace jd::ui
