#pragma once
// CertificateView: the 证书登记 screen: look-up by number, ID number or name prefix (at most
// 200 rows shown), the details of the selected certificate, 撤销… and 换发… with a reason
// (supervisors), and printing one certificate or a whole result filing in number order
// through a print preview, with the per-printer offset and 套打; printed ones are marked.

#include "core/certificates/CertificateRegistry.h"
#include "core/documents/CertificateDocument.h"
#include "core/supervision/ResultService.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace jd::ui {

class CertificateModel;
class CertificatePrintDialog;

class CertificateView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Limit = 200;
    using DialogRunner = std::function<void(QDialog* dialog)>;
    // Asks for a reason (revoke, reissue); empty when cancelled. Tests answer directly.
    using ReasonAsker =
        std::function<QString(QWidget* parent, const QString& title, const QString& prompt)>;
    // Shows the print preview; returns true when the pages went to the printer.
    using Previewer =
        std::function<bool(const QList<Certificate>& list, const CertificatePrintOptions& options,
                           const QString& printerName)>;

    CertificateView(const Database& db, Session session, QWidget* parent = nullptr);

    CertificateModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Searches with the fields' values; the message tells when more than 200 matched.
    void search();
    void setQuery(const QString& number, const QString& idNumber, const QString& namePrefix);
    QString messageText() const;
    QString currentNumber() const;
    void selectNumber(const QString& number);
    // The text of a details field (number, name, id_number, status, replaces, printed, flagged …).
    QString detail(const QString& key) const;
    Status revokeCurrent(const QString& reason);
    Result<Certificate> reissueCurrent(const QString& reason);
    // Print setup, preview, then markPrinted when printed; false when nothing was printed.
    bool printCertificates(const QList<Certificate>& list);
    // Candidate photos from a folder of files named after the ID number; the result is shown.
    Result<int> importPhotos(const QString& folder);
    // Certificates of a confirmed result filing in number order.
    Result<QList<Certificate>> batch(qint64 resultId) const;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }
    void setPreviewer(Previewer previewer) { m_preview = std::move(previewer); }

public slots:
    void refresh();
    void revokeWithDialog();
    void reissueWithDialog();
    void printCurrent();
    void printBatchWithDialog();

signals:
    void certificatesChanged();

private:
    void showDetails();
    void updateButtons();

    const Database& m_db;
    Session m_session;
    CertificateRegistry m_registry;
    CertificateModel* m_model;
    QLineEdit* m_number;
    QLineEdit* m_idNumber;
    QLineEdit* m_name;
    QTableView* m_table;
    QLabel* m_message;
    QHash<QString, QLabel*> m_details;
    QPushButton* m_revoke;
    QPushButton* m_reissue;
    QPushButton* m_print;
    bool m_mayDecide = false;
    bool m_mayPrint = false;
    DialogRunner m_runDialog;
    ReasonAsker m_askReason;
    Previewer m_preview;
};

} // namespace jd::ui
