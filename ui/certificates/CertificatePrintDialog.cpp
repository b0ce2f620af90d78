#include "ui/certificates/CertificatePrintDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace jd::ui {

CertificatePrintDialog::CertificatePrintDialog(int count, const QString& organisation,
                                               QWidget* parent)
    : QDialog(parent), m_printer(new QComboBox(this)), m_x(new QDoubleSpinBox(this)),
      m_y(new QDoubleSpinBox(this)),
      m_preprinted(new QCheckBox(tr("套打（预印纸，只印文字）"), this)),
      m_organisation(new QLineEdit(organisation, this))
{
    setObjectName(QStringLiteral("certificatePrintDialog"));
    setWindowTitle(tr("打印证书（%1 本）").arg(count));
    m_printer->setObjectName(QStringLiteral("certPrinterCombo"));
    m_printer->setEditable(true);
    const QString def = QPrinterInfo::defaultPrinterName();
    QStringList names = QPrinterInfo::availablePrinterNames();
    if (!def.isEmpty()) {
        names.removeAll(def);
        names.prepend(def);
    }
    m_printer->addItems(names);
    m_x->setObjectName(QStringLiteral("certOffsetX"));
    m_y->setObjectName(QStringLiteral("certOffsetY"));
    for (QDoubleSpinBox* s : {m_x, m_y}) {
        s->setRange(-30.0, 30.0);
        s->setDecimals(1);
        s->setSingleStep(0.5);
        s->setSuffix(tr(" 毫米"));
    }
    m_preprinted->setObjectName(QStringLiteral("certPreprintedCheck"));
    m_organisation->setObjectName(QStringLiteral("certOrganisationEdit"));
    m_organisation->setPlaceholderText(tr("留空时印证书所属企业的名称"));

    auto* form = new QFormLayout;
    form->addRow(tr("打印机"), m_printer);
    form->addRow(tr("水平偏移（右为正）"), m_x);
    form->addRow(tr("垂直偏移（下为正）"), m_y);
    form->addRow(QString(), m_preprinted);
    form->addRow(tr("评价机构名称"), m_organisation);
    auto* note = new QLabel(
        tr("偏移量按打印机分别记住。先用白纸试印一张，与预印证书重叠对光比对后再调整。"), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("打印预览…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printer, &QComboBox::currentTextChanged, this, &CertificatePrintDialog::load);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    load();
}

QString CertificatePrintDialog::printerName() const
{
    return m_printer->currentText().trimmed();
}

void CertificatePrintDialog::setPrinterName(const QString& name)
{
    m_printer->setCurrentText(name);
    load();
}

QString CertificatePrintDialog::settingsKey(const QString& printerName)
{
    QString name = printerName.isEmpty() ? QStringLiteral("default") : printerName;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("certificatePrint/%1").arg(name);
}

CertificatePrintOptions CertificatePrintDialog::remembered(const QString& printerName)
{
    QSettings settings;
    const QString key = settingsKey(printerName);
    CertificatePrintOptions o;
    o.offsetMm = QPointF(settings.value(key + QStringLiteral("/offsetX"), 0.0).toDouble(),
                         settings.value(key + QStringLiteral("/offsetY"), 0.0).toDouble());
    o.drawFrame = !settings.value(key + QStringLiteral("/preprinted"), false).toBool();
    return o;
}

void CertificatePrintDialog::load()
{
    const CertificatePrintOptions o = remembered(printerName());
    m_x->setValue(o.offsetMm.x());
    m_y->setValue(o.offsetMm.y());
    m_preprinted->setChecked(!o.drawFrame);
}

void CertificatePrintDialog::remember() const
{
    QSettings settings;
    const QString key = settingsKey(printerName());
    settings.setValue(key + QStringLiteral("/offsetX"), m_x->value());
    settings.setValue(key + QStringLiteral("/offsetY"), m_y->value());
    settings.setValue(key + QStringLiteral("/preprinted"), m_preprinted->isChecked());
}

void CertificatePrintDialog::setOffset(double xMm, double yMm)
{
    m_x->setValue(xMm);
    m_y->setValue(yMm);
}

void CertificatePrintDialog::setPreprinted(bool on)
{
    m_preprinted->setChecked(on);
}

CertificatePrintOptions CertificatePrintDialog::options() const
{
    CertificatePrintOptions o;
    o.organisation = m_organisation->text().trimmed();
    o.offsetMm = QPointF(m_x->value(), m_y->value());
    o.drawFrame = !m_preprinted->isChecked();
    return o;
}

} // namespace jd::ui
