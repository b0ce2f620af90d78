#pragma once
// ReviewTemplateView: the 评分标准 page: the criteria template of each version as a tree,
// edited in place by administrators (groups and criteria added, removed and moved, points,
// weights, veto items, spread thresholds, guidance, pass line) with a live 权重合计, and
// 保存为新版本 through ReviewService; filings keep the version they were scored with.
// Other roles see it read-only.

#include "core/review/ReviewService.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace jd::ui {

class ReviewTemplateModel;

class ReviewTemplateView : public QWidget
{
    Q_OBJECT
public:
    // Asked before unsaved edits are dropped (another version chosen); true discards.
    using DiscardPrompt = std::function<bool(QWidget* parent)>;

    ReviewTemplateView(ReviewService& reviews, Session session, QWidget* parent = nullptr);

    ReviewTemplateModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLabel* weightLabel() const { return m_weightLabel; }
    // The version shown (0 before any is loaded).
    int shownVersion() const { return m_shown; }
    // What the page holds now, as a template to save.
    ReviewTemplate currentTemplate() const;
    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    void setDiscardPrompt(DiscardPrompt prompt) { m_discard = std::move(prompt); }

    // Shows a stored version; false when the user keeps unsaved edits.
    bool showVersion(int version);
    // Stores the page's template as the next version; false (errors shown) when refused.
    bool saveAsNewVersion();

public slots:
    // Reloads the list of versions; the shown template is kept when it has unsaved edits.
    void refresh();
    void addGroup();
    void addCriterion();
    void removeCurrent();
    void moveUp();
    void moveDown();

signals:
    void templateSaved(int version);

private:
    void onEdited();
    void updateWeightLabel();
    void updateButtons();
    void updateInfo();
    void markFields(const QList<FieldError>& errors);
    static bool askDiscard(QWidget* parent);

    ReviewService& m_reviews;
    Session m_session;
    ReviewTemplateModel* m_model;
    QComboBox* m_version;
    QLineEdit* m_name;
    QDoubleSpinBox* m_passLine;
    QLineEdit* m_note;
    QTreeView* m_tree;
    QLabel* m_weightLabel;
    QLabel* m_info;
    QLabel* m_nameError;
    QLabel* m_passLineError;
    QPushButton* m_addGroup;
    QPushButton* m_addCriterion;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_save;
    QList<ReviewTemplate> m_templates;
    int m_shown = 0;
    bool m_modified = false;
    bool m_loading = false;
    QString m_readOnlyReason;
    DiscardPrompt m_discard;
};

} // namespace jd::ui
