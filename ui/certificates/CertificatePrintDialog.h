#pragma once
// CertificatePrintDialog: before printing certificates: the printer, its X/Y offset in
// millimetres (calibration for pre-printed paper, remembered in QSettings under the
// printer's name) and 套打 (pre-printed paper: only the variable text is printed).

#include "core/documents/CertificateDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace jd::ui {

class CertificatePrintDialog : public QDialog
{
    Q_OBJECT
public:
    CertificatePrintDialog(int count, const QString& organisation, QWidget* parent = nullptr);

    QString printerName() const;
    void setPrinterName(const QString& name);
    CertificatePrintOptions options() const;
    void setOffset(double xMm, double yMm);
    void setPreprinted(bool on);
    // Stores the offset and 套打 choice for the current printer.
    void remember() const;
    static QString settingsKey(const QString& printerName);
    // The remembered options of a printer (zero offset and full frame when none).
    static CertificatePrintOptions remembered(const QString& printerName);

private:
    void load();

    QComboBox* m_printer;
    QDoubleSpinBox* m_x;
    QDoubleSpinBox* m_y;
    QCheckBox* m_preprinted;
    QLineEdit* m_organisation;
};

} // namespace jd::ui
