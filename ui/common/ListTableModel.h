#pragma once
// ListTableModel: an editable table over a list of values (one row per value), with
// rows added and removed through insertRows/removeRows and cells marked as wrong
// (pale red, message as tooltip) from the field errors that validation returns.

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>

namespace jd::ui {

class ListTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Column of a validation field key ("code", "id_number", ...); -1 when none.
    virtual int columnForField(const QString& key) const = 0;
    // Replaces the marked cells: key is (row, column), value the message.
    void setCellErrors(const QHash<std::pair<int, int>, QString>& errors);
    QString cellError(int row, int column) const { return m_errors.value({row, column}); }
    // True when the row still holds only default values (just added, nothing typed).
    virtual bool isRowBlank(int row) const = 0;

signals:
    // A cell was changed or a row added or removed by the user.
    void edited();

protected:
    virtual int itemCount() const = 0;
    virtual QStringList headers() const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual bool setCell(int row, int column, const QVariant& value) = 0;
    virtual void insertBlank(int row) = 0;
    virtual void removeAt(int row) = 0;
    // Starts over with new content (no errors marked).
    void resetWith(const std::function<void()>& replace);

private:
    QHash<std::pair<int, int>, QString> m_errors;
};

} // namespace jd::ui
