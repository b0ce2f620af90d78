#pragma once
// VoidNumberDialog: records one issued certificate number as spoiled (作废): the number,
// checked as it is typed, and the reason. OK writes through NumberingService::voidNumber;
// on an error the dialog stays open with the error shown.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jd {
class NumberingService;
}

namespace jd::ui {

class VoidNumberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VoidNumberDialog(NumberingService& service, QWidget* parent = nullptr);

    void setNumber(const QString& number);
    // Voids the number from the fields; true on success (then the dialog is accepted).
    bool submit();

public slots:
    void accept() override;

private:
    void checkNumber();

    NumberingService& m_service;
    QLineEdit* m_number;
    QLabel* m_numberMessage;
    QPlainTextEdit* m_reason;
    QLabel* m_reasonMessage;
    QPushButton* m_ok;
};

} // namespace jd::ui
