#include "bankclient.h"
#include "simulatedbank.h"

#include <QSignalSpy>
#include <QTest>

using namespace BankApi;

class TestBankClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parametersComeFromTheBank();
};

void TestBankClient::parametersComeFromTheBank()
{
    SimulatedBank bank(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QVERIFY(bank.isListening());
    BankClient client(bank.url());
    std::optional<BankResult<BankParameters>> answer;
    client.parameters(this, [&answer](const BankResult<BankParameters> &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->isOk());
}

QTEST_GUILESS_MAIN(TestBankClient)
#include "tst_bankclient.moc"
