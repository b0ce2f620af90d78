#pragma once
// NumberingView: the 证书号段 screen: the OrgSerial ledger (frozen enterprises marked),
// reserved serial blocks with the use of their spaces, void numbers and voiding, the 90 %
// warnings, a certificate number parser that names each part or the position of an
// error, and the 赋码通知 of the selected enterprise.

#include "core/numbering/NumberingService.h"

#include <QWidget>

#include <functional>

class QDialog;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace jd {
class Database;
class FilingService;
} // namespace jd

namespace jd::ui {

class OrgSerialLedgerModel;
class SerialBlockModel;
class VoidNumberModel;

class NumberingView : public QWidget
{
    Q_OBJECT
public:
    // Runs a dialog modally; tests install one that fills and accepts it instead.
    using DialogRunner = std::function<void(QDialog* dialog)>;

    NumberingView(NumberingService& numbering, FilingService& filings, const Database& db,
                  Session session, QWidget* parent = nullptr);

    OrgSerialLedgerModel* ledgerModel() const { return m_ledger; }
    SerialBlockModel* blockModel() const { return m_blocks; }
    VoidNumberModel* voidModel() const { return m_voids; }
    QTableView* ledgerTable() const { return m_ledgerTable; }
    // The enterprise of the selected ledger row; 0 when none.
    qint64 currentEnterpriseId() const;
    bool selectEnterprise(qint64 enterpriseId);
    // Shows the parts of a typed certificate number, or where it is wrong.
    void parseNumber(const QString& text);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

public slots:
    void refresh();
    void voidNumberWithDialog();
    void printNotice();
    void exportNotice();

private:
    void showBlocks();
    void updateButtons();

    NumberingService& m_numbering;
    const Database& m_db;
    Session m_session;
    QList<OrgSerialEntry> m_ledgerRows;
    QList<SerialBlock> m_allBlocks;
    QList<SpaceUse> m_spaces;
    QList<VoidNumber> m_allVoids;
    OrgSerialLedgerModel* m_ledger;
    SerialBlockModel* m_blocks;
    VoidNumberModel* m_voids;
    QTableView* m_ledgerTable;
    QTableView* m_blockTable;
    QTableView* m_voidTable;
    QTabWidget* m_tabs;
    QLineEdit* m_parseEdit;
    QLabel* m_parseResult;
    QFrame* m_warningsPanel;
    QLabel* m_warnings;
    QLabel* m_blockCaption;
    QPushButton* m_noticePreview;
    QPushButton* m_noticePdf;
    QPushButton* m_void;
    DialogRunner m_runDialog;
};

} // namespace jd::ui
