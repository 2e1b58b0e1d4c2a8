#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace ConnectDesk {

// Why a secret could not be read, written or removed; one distinct kind per thing the user can
// do something about.
struct SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)
public:
    enum class Kind {
        None,
        NotFound,    // no secret stored for this profile (never was)
        Vanished,    // it was stored, but the keychain no longer has it
        Unavailable, // no keychain at all (no Secret Service, no D-Bus, ...)
        Locked,      // the keychain is locked or refused access
        Failed,      // anything else the keychain reported
    };

    Kind kind = Kind::None;
    QString message; // one sentence: what happened and what to do
    QString detail;  // the keychain's own words, for logs (never the secret)

    bool isError() const { return kind != Kind::None; }
    QString kindName() const; // stable: "not_found", "vanished", "unavailable", ...

    static SecretError make(Kind kind, const QString &detail = {}, bool sessionOnly = false);
    // Kind::Locked when the Secret Service itself says its collection is locked.
    static SecretError lockedKeyring();
    // Maps a QtKeychain error (QKeychain::Error as int) and its errorString().
    static Kind classifyKeychainError(int keychainError, const QString &errorString);
};

// Secrets kept for this session only, in memory: the fallback the user may choose when there is
// no keychain. Never written anywhere; wiped when destroyed.
class SessionSecretStore final
{
public:
    SessionSecretStore() = default;
    ~SessionSecretStore() { clear(); }
    Q_DISABLE_COPY_MOVE(SessionSecretStore)

    std::optional<QString> read(const QString &key) const;
    void write(const QString &key, const QString &secret);
    bool remove(const QString &key);
    void clear();
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets;
};

// Client secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows): service "ConnectDesk", key "profile:<profile id>".
//
// Everything is asynchronous. Requests run one at a time in the order they were made; the next
// keychain job starts from the event loop, never inside another job's finished handler. Each
// callback runs once, later, unless its `context` was destroyed first. There is no plaintext
// fallback: without a keychain, requests fail with Kind::Unavailable and keychainUnavailable()
// is emitted; only useSessionOnlyStorage() — the user's explicit choice — switches to memory.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    enum class Storage { Keychain, SessionOnly };
    using ReadCallback = std::function<void(const QString &secret, const SecretError &error)>;
    using DoneCallback = std::function<void(const SecretError &error)>;

    explicit SecretStore(QObject *parent = nullptr);
    // Tests pass their own service name so they never touch the user's real entries.
    explicit SecretStore(const QString &serviceName, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultServiceName() { return QStringLiteral("ConnectDesk"); }
    static QString keyFor(const QString &profileId)
    {
        return QStringLiteral("profile:") + profileId;
    }
    QString serviceName() const { return m_service; }

    // `expectStored`: the profile records that a secret was stored, so a missing entry is
    // reported as Vanished rather than NotFound.
    void readSecret(const QString &profileId, QObject *context, ReadCallback callback,
                    bool expectStored = false);
    void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                     DoneCallback callback);
    // A missing entry is not an error: afterwards there is no secret either way. A locked
    // keyring is (Kind::Locked, nothing deleted): it would answer "deleted" and keep the secret.
    // Likewise a read that finds nothing in a locked keyring reports Locked, not NotFound.
    void removeSecret(const QString &profileId, QObject *context, DoneCallback callback);
    // Copies one profile's secret to another (duplicate a profile) without handing it out.
    void copySecret(const QString &fromProfileId, const QString &toProfileId, QObject *context,
                    DoneCallback callback);
    // Asks the keychain something harmless: None when it answers, else Unavailable/Locked/....
    void checkAvailability(QObject *context, DoneCallback callback);
    // Kind::Locked when the keyring says it is locked, else None (also without a keychain, or
    // in session-only storage). Asynchronous and never queued behind other requests.
    void checkUnlocked(QObject *context, DoneCallback callback);

    Storage storage() const { return m_sessionOnly ? Storage::SessionOnly : Storage::Keychain; }
    bool isSessionOnly() const { return m_sessionOnly; }
    // The user chose to keep secrets in memory for this session (after an Unavailable error).
    void useSessionOnlyStorage();
    int pendingRequests() const;
    // Whether a session-only secret is held for the profile (never returns the secret).
    bool hasSessionSecret(const QString &profileId) const
    {
        return m_session.read(keyFor(profileId)).has_value();
    }

signals:
    void secretChanged(const QString &profileId); // written or removed
    void keychainUnavailable(const ConnectDesk::SecretError &error);

private:
    enum class Op { Read, Write, Remove, CopyRead, Probe };
    struct Request
    {
        Op op = Op::Read;
        QString profileId;
        QString targetProfileId; // CopyRead: where the secret goes
        QString secret;          // Write
        bool expectStored = false;
        bool lockChecked = false; // Remove: the keyring was found unlocked just before
        QPointer<QObject> context;
        bool hasContext = false;
        ReadCallback readCallback;
        DoneCallback doneCallback;
    };

    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    void runInSession();
    void startKeychainJob();
    void onJobFinished(QKeychain::Job *job);
    void finish(const QString &secret, const SecretError &error);

    QString m_service;
    QList<Request> m_queue;
    std::optional<Request> m_current;
    bool m_scheduled = false;
    bool m_sessionOnly = false;
    SessionSecretStore m_session;
};

} // namespace ConnectDesk
