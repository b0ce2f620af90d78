#pragma once
// OccupationCatalogueView: the 职业分类大典 reference list, searchable by code or name,
// with import of a fuller catalogue from CSV.

#include "core/users/Session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace jd {
class Database;
class OccupationCatalogue;
} // namespace jd

namespace jd::ui {

class CatalogueTableModel;

class OccupationCatalogueView : public QWidget
{
    Q_OBJECT
public:
    // How many rows a search shows at most; the search box narrows the rest.
    static constexpr int RowLimit = 500;

    OccupationCatalogueView(const Database& db, Session session, QWidget* parent = nullptr);
    ~OccupationCatalogueView() override;

    CatalogueTableModel* model() const { return m_model; }

public slots:
    void refresh();
    void importWithDialog();

signals:
    // The catalogue's content changed (after an import).
    void catalogueChanged();

private:
    std::unique_ptr<OccupationCatalogue> m_catalogue;
    Session m_session;
    CatalogueTableModel* m_model;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_count;
    QTimer* m_debounce;
};

} // namespace jd::ui
