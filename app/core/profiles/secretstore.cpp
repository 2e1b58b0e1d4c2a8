#include "profiles/secretstore.h"

#include "profiles/keyringlock.h"

#include <qt6keychain/keychain.h>

namespace ConnectDesk {

namespace {

void wipe(QString &text)
{
    text.fill(QChar(0)); // best effort: do not leave the secret in freed memory
    text.clear();
}

// What a missing Secret Service, D-Bus or keyring looks like in QtKeychain's error strings
// (libsecret/GDBus messages; QtKeychain maps them all to OtherError).
bool soundsUnavailable(const QString &text)
{
    static const char *const patterns[] = {
        "could not connect",
        "d-bus",
        "dbus",
        "org.freedesktop.secrets",
        "serviceunknown",
        "not provided by any .service",
        "autolaunch",
        "no such interface",
        "object does not exist at path",
        "no keychain service",
        "no keyring daemon",
        "unknown error",
    };
    const QString lower = text.toLower();
    for (const char *pattern : patterns) {
        if (lower.contains(QLatin1String(pattern)))
            return true;
    }
    return false;
}

} // namespace

QString SecretError::kindName() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::Vanished: return QStringLiteral("vanished");
    case Kind::Unavailable: return QStringLiteral("unavailable");
    case Kind::Locked: return QStringLiteral("locked");
    case Kind::Failed: return QStringLiteral("failed");
    }
    return {};
}

SecretError::Kind SecretError::classifyKeychainError(int keychainError, const QString &errorString)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError: return Kind::None;
    case QKeychain::EntryNotFound: return Kind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return Kind::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return Kind::Unavailable;
    case QKeychain::CouldNotDeleteEntry: return Kind::Failed;
    case QKeychain::OtherError: break;
    }
    const QString lower = errorString.toLower();
    if (lower.contains(QLatin1String("locked")))
        return Kind::Locked;
    return soundsUnavailable(errorString) ? Kind::Unavailable : Kind::Failed;
}

SecretError SecretError::make(Kind kind, const QString &detail, bool sessionOnly)
{
    SecretError error;
    error.kind = kind;
    error.detail = detail;
    switch (kind) {
    case Kind::None: break;
    case Kind::NotFound:
        error.message = sessionOnly
                            ? tr("No client secret is kept for this profile in this session; "
                                 "enter it in the profile settings.")
                            : tr("No client secret is stored for this profile; enter it in the "
                                 "profile settings.");
        break;
    case Kind::Vanished:
        error.message = tr("The client secret stored for this profile is no longer in the "
                           "keychain: it was removed outside ConnectDesk, or its keyring is "
                           "locked. Unlock the keyring or enter the secret again.");
        break;
    case Kind::Unavailable:
        error.message = tr("No keychain is available (%1), so the client secret cannot be stored "
                           "safely. Start your desktop's keyring (GNOME Keyring, KWallet or "
                           "another Secret Service), or keep the secret for this session only.")
                            .arg(detail.isEmpty() ? tr("no Secret Service answered") : detail);
        break;
    case Kind::Locked:
        error.message = tr("The keychain is locked or refused access. Unlock it (for example by "
                           "logging in to your desktop keyring) and try again.");
        break;
    case Kind::Failed:
        error.message = tr("The keychain reported an error: %1.")
                            .arg(detail.isEmpty() ? tr("no details") : detail);
        break;
    }
    return error;
}

SecretError SecretError::lockedKeyring()
{
    SecretError error = make(Kind::Locked, QStringLiteral("org.freedesktop.Secret.Collection: Locked"));
    error.message = tr("The keyring is locked: unlock it and try again.");
    return error;
}

std::optional<QString> SessionSecretStore::read(const QString &key) const
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return std::nullopt;
    return *it;
}

void SessionSecretStore::write(const QString &key, const QString &secret)
{
    remove(key);
    m_secrets.insert(key, secret);
}

bool SessionSecretStore::remove(const QString &key)
{
    auto it = m_secrets.find(key);
    if (it == m_secrets.end())
        return false;
    wipe(*it);
    m_secrets.erase(it);
    return true;
}

void SessionSecretStore::clear()
{
    for (QString &secret : m_secrets)
        wipe(secret);
    m_secrets.clear();
}

SecretStore::SecretStore(QObject *parent)
    : SecretStore(defaultServiceName(), parent)
{}

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName)
{}

SecretStore::~SecretStore()
{
    // Running jobs finish on their own (they delete themselves); their connections to this
    // object go away with it, and queued requests are dropped without calling back.
    for (Request &request : m_queue)
        wipe(request.secret);
}

void SecretStore::readSecret(const QString &profileId, QObject *context, ReadCallback callback,
                             bool expectStored)
{
    Request request;
    request.op = Op::Read;
    request.profileId = profileId;
    request.expectStored = expectStored;
    request.context = context;
    request.hasContext = context != nullptr;
    request.readCallback = std::move(callback);
    enqueue(std::move(request));
}

void SecretStore::writeSecret(const QString &profileId, const QString &secret, QObject *context,
                              DoneCallback callback)
{
    Request request;
    request.op = Op::Write;
    request.profileId = profileId;
    request.secret = secret;
    request.context = context;
    request.hasContext = context != nullptr;
    request.doneCallback = std::move(callback);
    enqueue(std::move(request));
}

void SecretStore::removeSecret(const QString &profileId, QObject *context, DoneCallback callback)
{
    Request request;
    request.op = Op::Remove;
    request.profileId = profileId;
    request.context = context;
    request.hasContext = context != nullptr;
    request.doneCallback = std::move(callback);
    enqueue(std::move(request));
}

void SecretStore::copySecret(const QString &fromProfileId, const QString &toProfileId,
                             QObject *context, DoneCallback callback)
{
    Request request;
    request.op = Op::CopyRead;
    request.profileId = fromProfileId;
    request.targetProfileId = toProfileId;
    request.expectStored = true;
    request.context = context;
    request.hasContext = context != nullptr;
    request.doneCallback = std::move(callback);
    enqueue(std::move(request));
}

void SecretStore::checkAvailability(QObject *context, DoneCallback callback)
{
    Request request;
    request.op = Op::Probe;
    request.profileId = QStringLiteral("availability-check");
    request.context = context;
    request.hasContext = context != nullptr;
    request.doneCallback = std::move(callback);
    enqueue(std::move(request));
}

void SecretStore::checkUnlocked(QObject *context, DoneCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto deliver = [guard, hasContext, callback = std::move(callback)](bool locked) {
        if (callback && (!hasContext || guard))
            callback(locked ? SecretError::lockedKeyring() : SecretError());
    };
    if (m_sessionOnly) {
        QMetaObject::invokeMethod(this, [deliver] { deliver(false); }, Qt::QueuedConnection);
        return;
    }
    askKeyringLocked(this, deliver);
}

void SecretStore::useSessionOnlyStorage()
{
    m_sessionOnly = true;
}

int SecretStore::pendingRequests() const
{
    return int(m_queue.size()) + (m_current ? 1 : 0);
}

void SecretStore::enqueue(Request request)
{
    m_queue.append(std::move(request));
    scheduleNext();
}

void SecretStore::scheduleNext()
{
    if (m_current || m_scheduled || m_queue.isEmpty())
        return;
    m_scheduled = true;
    // Always from the event loop: never inside a job's finished handler or the caller's frame.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            startNext();
        },
        Qt::QueuedConnection);
}

void SecretStore::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    if (m_sessionOnly)
        runInSession();
    else
        startKeychainJob();
}

void SecretStore::runInSession()
{
    const QString key = keyFor(m_current->profileId);
    switch (m_current->op) {
    case Op::Read:
    case Op::CopyRead:
        if (const auto secret = m_session.read(key))
            finish(*secret, {});
        else
            finish({}, SecretError::make(SecretError::Kind::NotFound, {}, true));
        return;
    case Op::Write:
        m_session.write(key, m_current->secret);
        finish({}, {});
        return;
    case Op::Remove:
        m_session.remove(key);
        finish({}, {});
        return;
    case Op::Probe: finish({}, {}); return;
    }
}

void SecretStore::startKeychainJob()
{
    if (m_current->op == Op::Remove && !m_current->lockChecked) {
        // A locked keyring answers the delete with success and keeps the secret: ask first.
        askKeyringLocked(this, [this](bool locked) {
            if (!m_current)
                return;
            if (locked) {
                finish({}, SecretError::lockedKeyring());
                return;
            }
            m_current->lockChecked = true;
            startKeychainJob();
        });
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (m_current->op) {
    case Op::Read:
    case Op::CopyRead:
    case Op::Probe: job = new QKeychain::ReadPasswordJob(m_service); break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_current->secret);
        job = write;
        break;
    }
    case Op::Remove: job = new QKeychain::DeletePasswordJob(m_service); break;
    }
    // No parent: a running job must outlive this store (QtKeychain's backend calls back into
    // it); it deletes itself after finished().
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(keyFor(m_current->profileId));
    connect(job, &QKeychain::Job::finished, this, &SecretStore::onJobFinished);
    job->start();
}

void SecretStore::onJobFinished(QKeychain::Job *job)
{
    if (!m_current)
        return;
    SecretError::Kind kind = SecretError::classifyKeychainError(job->error(), job->errorString());
    const QString detail = job->errorString();
    QString secret;
    const Op op = m_current->op;
    if (kind == SecretError::Kind::None) {
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            secret = read->textData();
    } else if (kind == SecretError::Kind::NotFound) {
        if (op == Op::Remove || op == Op::Probe)
            kind = SecretError::Kind::None; // nothing to delete / the keychain answered
        else if (m_current->expectStored)
            kind = SecretError::Kind::Vanished;
    }
    if (op == Op::Probe)
        secret.clear();
    if ((op == Op::Read || op == Op::CopyRead)
        && (kind == SecretError::Kind::NotFound || kind == SecretError::Kind::Vanished)) {
        // A locked keyring hides what it holds: "not found" there proves nothing.
        askKeyringLocked(this, [this, kind, detail](bool locked) {
            if (m_current)
                finish({}, locked ? SecretError::lockedKeyring() : SecretError::make(kind, detail));
        });
        return;
    }
    finish(secret,
           kind == SecretError::Kind::None ? SecretError() : SecretError::make(kind, detail));
    wipe(secret);
}

void SecretStore::finish(const QString &secret, const SecretError &error)
{
    Request request = std::move(*m_current);
    m_current.reset();

    if (request.op == Op::CopyRead && !error.isError()) {
        // Second half of a copy: write what was read, first in line, same callback.
        Request write;
        write.op = Op::Write;
        write.profileId = request.targetProfileId;
        write.secret = secret;
        write.context = request.context;
        write.hasContext = request.hasContext;
        write.doneCallback = std::move(request.doneCallback);
        m_queue.prepend(std::move(write));
        scheduleNext();
        return;
    }

    if (error.kind == SecretError::Kind::Unavailable)
        emit keychainUnavailable(error);
    if (!error.isError() && (request.op == Op::Write || request.op == Op::Remove))
        emit secretChanged(request.profileId);

    const bool deliver = !request.hasContext || request.context;
    if (deliver) {
        if (request.readCallback)
            request.readCallback(secret, error);
        else if (request.doneCallback)
            request.doneCallback(error);
    }
    wipe(request.secret);
    scheduleNext();
}

} // namespace ConnectDesk
