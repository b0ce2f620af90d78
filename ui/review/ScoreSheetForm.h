#pragma once
// ScoreSheetForm: one expert's score sheet (评分表) over a review template, as a form: the
// criteria under their group headings, one score field per criterion (0..max in steps of
// 0.5 with two decimals; veto items as 符合/不符合), a comment per criterion, the sheet's
// own opinion and signing date, and the sheet total as people type (sheetTotal).
// Unscored criteria read "未评" and are marked. Knows nothing of databases: the centre's
// ScoreSheetDialog and the reviewer's ReviewerWindow both fill it and read it back.

#include "core/review/Aggregation.h"
#include "core/review/ReviewTemplate.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace jd::ui {

class ScoreSheetForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreSheetForm(QWidget* parent = nullptr);
    ~ScoreSheetForm() override;

    // Rebuilds the form for `t` with these scores (matched by criterion id; others are
    // ignored). An invalid `signedOn` leaves the date unset. Not modified afterwards.
    void setSheet(const ReviewTemplate& t, const QList<ScoreEntry>& scores,
                  const QString& opinion = {}, const QDate& signedOn = {});
    const ReviewTemplate& reviewTemplate() const { return m_template; }

    // The scored criteria in template order (expertId 0: the caller knows whose sheet).
    QList<ScoreEntry> scores() const;
    QString opinion() const;
    QDate signedOn() const; // invalid when not set
    double total() const;   // sheetTotal of scores()
    int scoredCount() const;
    int criterionCount() const;
    bool isComplete() const { return scoredCount() == criterionCount() && criterionCount() > 0; }
    QStringList unscoredIds() const;
    // "已评 12 / 18 项，本表合计 64.50 / 100"
    QString summaryText() const;

    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The score field of a criterion (QDoubleSpinBox, or QComboBox for a veto item).
    QWidget* scoreEditor(const QString& criterionId) const;
    void focusFirstUnscored();

signals:
    void changed(); // any edit by the user
    void modificationChanged(bool modified);

protected:
    // Enter in a score or comment goes on to the next field (as on a number pad), never
    // to the dialog's default button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        Criterion criterion;
        QDoubleSpinBox* spin = nullptr;
        QComboBox* veto = nullptr;
        QLineEdit* comment = nullptr;
        QLabel* mark = nullptr;
        QLabel* name = nullptr;
    };
    void clearRows();
    bool isScored(const Row& r) const;
    double scoreOf(const Row& r) const;
    void updateRow(const Row& r);
    void onEdited();
    void updateTotals();

    ReviewTemplate m_template;
    QList<Row> m_rows;
    bool m_loading = false;
    bool m_modified = false;
    bool m_readOnly = false;

    QScrollArea* m_scroll;
    QWidget* m_body = nullptr;
    QPlainTextEdit* m_opinion;
    QDateEdit* m_signedOn;
    QLabel* m_total;
    QLabel* m_progress;
};

} // namespace jd::ui
