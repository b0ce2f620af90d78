#pragma once
// PilotCatalogueView: the 《全市开展职业技能等级认定试点企业目录》: its versions (effective
// date, reason) and the entries of the selected one, with print preview and PDF export.

#include "core/filing/FilingService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace jd::ui {

class CatalogueEntryModel;
class CatalogueVersionModel;

class PilotCatalogueView : public QWidget
{
    Q_OBJECT
public:
    explicit PilotCatalogueView(FilingService& service, QWidget* parent = nullptr);

    CatalogueVersionModel* versionModel() const { return m_versions; }
    CatalogueEntryModel* entryModel() const { return m_entries; }
    // The version whose entries are shown; 0 when none.
    int shownVersion() const { return m_shown.version; }
    void showVersion(int version);

public slots:
    void refresh();
    void printPreview();
    void exportPdf();

private:
    void onVersionSelected();

    FilingService& m_service;
    CatalogueVersionModel* m_versions;
    CatalogueEntryModel* m_entries;
    QTableView* m_versionTable;
    QTableView* m_entryTable;
    QLabel* m_title;
    QPushButton* m_preview;
    QPushButton* m_pdf;
    CatalogueVersion m_shown;
};

} // namespace jd::ui
