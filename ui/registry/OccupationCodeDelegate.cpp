#include "ui/registry/OccupationCodeDelegate.h"

#include "core/registry/OccupationCatalogue.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace jd::ui {

namespace {
// Completion lines are "CODE　NAME" with an ideographic space, which never occurs in codes.
const QChar kSeparator(0x3000);
} // namespace

OccupationCodeDelegate::OccupationCodeDelegate(const OccupationCatalogue& catalogue, int nameColumn, QObject* parent)
    : QStyledItemDelegate(parent), m_catalogue(catalogue), m_nameColumn(nameColumn)
{
}

QStringList OccupationCodeDelegate::completions(const QString& typed) const
{
    QStringList lines;
    if (typed.trimmed().isEmpty())
        return lines;
    auto found = m_catalogue.search(typed.trimmed(), 40);
    if (!found)
        return lines; // completion is a convenience; the code is still validated on save
    for (const CatalogueOccupation& o : *found)
        lines << o.code + kSeparator + o.name;
    lines.removeDuplicates(); // the same code may appear in several editions
    return lines;
}

QWidget* OccupationCodeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("occupationCodeEditor"));
    edit->setPlaceholderText(tr("输入编码或名称，如 6-31 或 电工"));
    auto* model = new QStringListModel(edit);
    auto* completer = new QCompleter(model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    edit->setCompleter(completer);
    connect(edit, &QLineEdit::textEdited, edit, [this, model, completer](const QString& text) {
        model->setStringList(completions(text));
        completer->setCompletionPrefix(text);
        if (model->rowCount() > 0)
            completer->complete();
    });
    // Picking a completion ends the edit at once, so code and name land together.
    connect(completer, qOverload<const QString&>(&QCompleter::activated), edit, [this, edit](const QString& text) {
        edit->setText(text);
        auto* self = const_cast<OccupationCodeDelegate*>(this);
        emit self->commitData(edit);
        emit self->closeEditor(edit, QAbstractItemDelegate::EditNextItem);
    });
    return edit;
}

void OccupationCodeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
}

void OccupationCodeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        applyText(edit->text(), model, index);
}

void OccupationCodeDelegate::applyText(const QString& text, QAbstractItemModel* model, const QModelIndex& index) const
{
    const QModelIndex nameIndex = index.siblingAtColumn(m_nameColumn);
    const qsizetype sep = text.indexOf(kSeparator);
    if (sep > 0) {
        model->setData(index, text.left(sep).trimmed());
        model->setData(nameIndex, text.mid(sep + 1).trimmed());
        return;
    }
    const QString code = text.trimmed();
    model->setData(index, code);
    if (nameIndex.data(Qt::EditRole).toString().trimmed().isEmpty()) {
        auto name = m_catalogue.nameOf(code);
        if (name && !name->isEmpty())
            model->setData(nameIndex, *name);
    }
}

} // namespace jd::ui
