//! A small NATS client over a plain TCP stream: what the monitor needs and nothing more.
//!
//! The NATS client protocol is text. The server greets with `INFO {json}`; the client answers
//! `CONNECT {json}` and `PING`, and the server's `PONG` (or `-ERR`) says whether it was accepted.
//! After that the client sends `PUB`, `SUB` and `UNSUB`, the server delivers `MSG` (and `HMSG`,
//! a message with headers), and either side may `PING` the other. Request/reply is a publication
//! whose reply subject is a fresh `_INBOX.<random>.<n>` the client has subscribed to.
//!
//! [`NatsClient::connect`] performs the handshake (with user and password, or a token), then runs
//! two tasks: a writer that sends what the client queues, and a reader that answers the server's
//! pings and hands each message to its [`Subscription`]. When the connection ends — the server
//! hangs up, or answers `-ERR` (a permission violation, say) — every subscription ends and every
//! call fails with [`NatsError::Closed`] and the reason; the client does not reconnect (its owner
//! makes a new one).
//!
//! Not supported: TLS (a server that requires it is refused with [`NatsError::TlsRequired`]),
//! NKEY and JWT authentication, and cluster discovery (one server address).

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::fmt::Write as _;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde::Deserialize;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use topic_integrator::serde_json;

/// The port a NATS server listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 4222;

/// The longest control line accepted from the server (an `INFO` with many cluster URLs is a few KB).
const MAX_LINE_BYTES: u64 = 1024 * 1024;

/// The largest message accepted from the server, whatever it announces.
const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;

/// The address of a NATS server: `nats://host:port`, or `host[:port]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NatsAddress {
    /// The host name or IP address (an IPv6 address without its brackets).
    pub host: String,
    /// The port.
    pub port: u16,
}

impl NatsAddress {
    /// Reads `nats://host[:port]` or `host[:port]` (port 4222 by default; an IPv6 address in
    /// brackets). Credentials, paths, several servers and other schemes are refused with the
    /// reason.
    pub fn parse(text: &str) -> Result<NatsAddress, String> {
        let text = text.trim();
        let rest = match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("nats") => rest,
            Some((scheme, _)) => {
                return Err(format!(
                    "the scheme {scheme}:// is not supported; give nats://host:port (TLS is not supported)"
                ));
            }
            None => text,
        };
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.contains('@') {
            return Err("credentials do not belong in the address (it is shown in status reports and in the \
                        catalog); give them as the connection's userId and clearPassword"
                .to_owned());
        }
        if rest.contains(',') {
            return Err("one server address only".to_owned());
        }
        if rest.contains(['/', '?', '#']) || rest.chars().any(char::is_whitespace) {
            return Err("only a host and a port are expected, without a path or spaces".to_owned());
        }
        let (host, port) = if let Some(bracketed) = rest.strip_prefix('[') {
            let (host, tail) = bracketed.split_once(']').ok_or("an IPv6 address lacks its closing ]")?;
            match tail {
                "" => (host, None),
                _ => (host, Some(tail.strip_prefix(':').ok_or("a port follows an IPv6 address after a colon")?)),
            }
        } else {
            match rest.split_once(':') {
                Some((_, port)) if port.contains(':') => {
                    return Err("an IPv6 address must be written in brackets, e.g. nats://[::1]:4222".to_owned());
                }
                Some((host, port)) => (host, Some(port)),
                None => (rest, None),
            }
        };
        if host.is_empty() {
            return Err("the host is missing".to_owned());
        }
        let port = match port {
            None => DEFAULT_PORT,
            Some(port) => match port.parse::<u16>() {
                Ok(port) if port > 0 => port,
                _ => return Err(format!("the port {port} is not a number from 1 to 65535")),
            },
        };
        Ok(NatsAddress { host: host.to_owned(), port })
    }

    /// `host:port` (an IPv6 host in brackets).
    pub fn host_port(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// `nats://host:port`.
    pub fn url(&self) -> String {
        format!("nats://{}", self.host_port())
    }
}

impl fmt::Display for NatsAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url())
    }
}

/// How the client authenticates.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum Auth {
    /// No credentials.
    #[default]
    None,
    /// A user and password (`user`, `pass` in `CONNECT`).
    UserPassword {
        /// The user.
        user: String,
        /// The password.
        password: String,
    },
    /// A token (`auth_token` in `CONNECT`).
    Token(String),
}

impl fmt::Debug for Auth {
    /// Never prints a secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::None => f.write_str("None"),
            Auth::UserPassword { user, .. } => write!(f, "UserPassword {{ user: {user:?}, password: \"********\" }}"),
            Auth::Token(_) => f.write_str("Token(\"********\")"),
        }
    }
}

/// What [`NatsClient::connect`] needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectOptions {
    /// The server.
    pub address: NatsAddress,
    /// The credentials.
    pub auth: Auth,
    /// The client's name, as the server's monitoring shows it.
    pub name: String,
    /// The time allowed for the TCP connection and the handshake together.
    pub timeout: Duration,
}

impl ConnectOptions {
    /// Options for a server, without credentials, named `omis`, with a 5 s timeout.
    pub fn new(address: NatsAddress) -> ConnectOptions {
        ConnectOptions { address, auth: Auth::None, name: "omis".to_owned(), timeout: Duration::from_secs(5) }
    }
}

/// What the server says about itself in `INFO`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ServerInfo {
    /// The server's id (changes when it restarts, unless configured).
    pub server_id: String,
    /// The server's name (its id unless configured).
    pub server_name: String,
    /// The server's version, e.g. `2.10.4`.
    pub version: String,
    /// Whether JetStream is enabled on the server.
    pub jetstream: bool,
    /// Whether the server requires TLS.
    pub tls_required: bool,
    /// The largest payload the server accepts.
    pub max_payload: usize,
}

/// Why a NATS call failed.
#[derive(Debug)]
pub enum NatsError {
    /// The TCP connection could not be made.
    Connect(std::io::Error),
    /// Nothing came back in time.
    Timeout(String),
    /// The server answered `-ERR` (e.g. `Authorization Violation`).
    Server(String),
    /// The server requires TLS, which this client does not speak.
    TlsRequired,
    /// Nobody listens on the subject of a request (no JetStream, for the JetStream API).
    NoResponders(String),
    /// The connection is closed, with why.
    Closed(String),
    /// The server sent something that is not the NATS protocol.
    Protocol(String),
    /// A subject that cannot be sent (empty, or with spaces or control characters).
    InvalidSubject(String),
    /// A payload over the server's `max_payload`.
    PayloadTooLarge {
        /// The payload's size.
        size: usize,
        /// The server's limit.
        max: usize,
    },
}

impl fmt::Display for NatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NatsError::Connect(error) => write!(f, "the connection failed: {error}"),
            NatsError::Timeout(what) => write!(f, "timed out {what}"),
            NatsError::Server(message) => write!(f, "the server answered -ERR '{message}'"),
            NatsError::TlsRequired => f.write_str("the server requires TLS, which this client does not support"),
            NatsError::NoResponders(subject) => write!(f, "no responders on {subject}"),
            NatsError::Closed(why) => write!(f, "the connection is closed: {why}"),
            NatsError::Protocol(what) => write!(f, "protocol error: {what}"),
            NatsError::InvalidSubject(subject) => write!(f, "the subject {subject:?} is not valid"),
            NatsError::PayloadTooLarge { size, max } => {
                write!(f, "a payload of {size} bytes is over the server's limit of {max}")
            }
        }
    }
}

impl std::error::Error for NatsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            NatsError::Connect(error) => Some(error),
            _ => None,
        }
    }
}

/// A message delivered to a subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The subject it was published on.
    pub subject: String,
    /// Where replies go, if anywhere.
    pub reply: Option<String>,
    /// The payload (without headers).
    pub payload: Vec<u8>,
    /// The status of a message with headers (`NATS/1.0 503` gives 503): the server's own
    /// notices, such as "no responders".
    pub status: Option<u16>,
}

/// The state the client, its tasks and its subscriptions share.
#[derive(Default)]
struct Shared {
    subscriptions: Mutex<HashMap<u64, mpsc::UnboundedSender<Message>>>,
    pongs: Mutex<VecDeque<oneshot::Sender<()>>>,
    next_sid: AtomicU64,
    /// Why the connection closed, once it has.
    closed: Mutex<Option<String>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Plain maps and options: consistent after any panic.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    fn closed(&self) -> Option<String> {
        lock(&self.closed).clone()
    }

    /// Marks the connection closed: every subscription ends, every ping waiter gives up.
    fn close(&self, why: String) {
        lock(&self.closed).get_or_insert(why);
        lock(&self.subscriptions).clear();
        lock(&self.pongs).clear();
    }
}

/// Closes the shared state when the reader task ends, however it ends (also when aborted).
struct CloseOnDrop(Arc<Shared>);

impl Drop for CloseOnDrop {
    fn drop(&mut self) {
        self.0.close("the client was dropped".to_owned());
    }
}

/// A connection to a NATS server. Dropping it closes the connection.
pub struct NatsClient {
    outbound: mpsc::UnboundedSender<Vec<u8>>,
    shared: Arc<Shared>,
    info: ServerInfo,
    inbox_prefix: String,
    next_inbox: AtomicU64,
    reader: JoinHandle<()>,
    writer: JoinHandle<()>,
}

impl fmt::Debug for NatsClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NatsClient")
            .field("server", &self.info.server_name)
            .field("closed", &self.shared.closed())
            .finish_non_exhaustive()
    }
}

impl Drop for NatsClient {
    fn drop(&mut self) {
        self.reader.abort();
        self.writer.abort();
    }
}

/// Sixteen hex digits no other client is likely to pick: the standard library's random hasher
/// keys, mixed with the time and the process id.
fn random_token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u32(std::process::id());
    if let Ok(elapsed) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        hasher.write_u128(elapsed.as_nanos());
    }
    format!("{:016x}", hasher.finish())
}

/// True when a subject can be sent: not empty, no whitespace or control characters.
fn valid_subject(subject: &str) -> bool {
    !subject.is_empty() && !subject.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The arguments of an `-ERR` line: the text between the quotes.
fn error_text(arguments: &str) -> String {
    let text = arguments.trim();
    text.strip_prefix('\'').and_then(|text| text.strip_suffix('\'')).unwrap_or(text).to_owned()
}

/// One control line from the server, without its line end; `None` at the end of the stream.
async fn read_line<R: AsyncBufRead + Unpin>(reader: &mut R) -> Result<Option<String>, NatsError> {
    let mut line = Vec::new();
    let read = (&mut *reader)
        .take(MAX_LINE_BYTES)
        .read_until(b'\n', &mut line)
        .await
        .map_err(|error| NatsError::Closed(error.to_string()))?;
    if read == 0 {
        return Ok(None);
    }
    if line.last() != Some(&b'\n') {
        return Err(NatsError::Protocol(format!("a line of more than {MAX_LINE_BYTES} bytes, or cut short")));
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line).map(Some).map_err(|_| NatsError::Protocol("a line that is not UTF-8".to_owned()))
}

/// Splits a control line into its operation (upper case) and the rest.
fn operation(line: &str) -> (String, &str) {
    let line = line.trim_start();
    let (op, rest) = line.split_once(|c: char| c.is_ascii_whitespace()).unwrap_or((line, ""));
    (op.to_ascii_uppercase(), rest.trim())
}

/// A parsed `MSG` or `HMSG` line: subject, sid, reply, header bytes, total bytes.
#[derive(Debug, PartialEq, Eq)]
struct Delivery {
    subject: String,
    sid: u64,
    reply: Option<String>,
    header_bytes: usize,
    total_bytes: usize,
}

fn parse_delivery(arguments: &str, with_headers: bool) -> Result<Delivery, NatsError> {
    let bad = || NatsError::Protocol(format!("a malformed delivery: {arguments}"));
    let parts: Vec<&str> = arguments.split_ascii_whitespace().collect();
    let sizes = usize::from(with_headers) + 1;
    let (subject, sid, reply, sizes) = match parts.len().checked_sub(sizes) {
        Some(2) => (parts[0], parts[1], None, &parts[2..]),
        Some(3) => (parts[0], parts[1], Some(parts[2]), &parts[3..]),
        _ => return Err(bad()),
    };
    let sid = sid.parse::<u64>().map_err(|_| bad())?;
    let numbers: Vec<usize> =
        sizes.iter().map(|size| size.parse::<usize>().map_err(|_| bad())).collect::<Result<_, _>>()?;
    let (header_bytes, total_bytes) = match numbers.as_slice() {
        [total] => (0, *total),
        [headers, total] if headers <= total => (*headers, *total),
        _ => return Err(bad()),
    };
    if total_bytes > MAX_MESSAGE_BYTES {
        return Err(NatsError::Protocol(format!("a message of {total_bytes} bytes")));
    }
    Ok(Delivery { subject: subject.to_owned(), sid, reply: reply.map(str::to_owned), header_bytes, total_bytes })
}

/// The status in a header block (`NATS/1.0 503\r\n...`), if it has one.
fn header_status(headers: &[u8]) -> Option<u16> {
    let text = std::str::from_utf8(headers).ok()?;
    let first = text.lines().next()?;
    first.strip_prefix("NATS/1.0")?.split_ascii_whitespace().next()?.parse().ok()
}

impl NatsClient {
    /// Connects and completes the handshake within `options.timeout`: reads `INFO`, sends
    /// `CONNECT` with the credentials and a `PING`, and waits for the `PONG` that says the server
    /// accepted them.
    pub async fn connect(options: &ConnectOptions) -> Result<NatsClient, NatsError> {
        let address = options.address.url();
        tokio::time::timeout(options.timeout, NatsClient::handshake(options))
            .await
            .map_err(|_| NatsError::Timeout(format!("connecting to {address} after {:?}", options.timeout)))?
    }

    async fn handshake(options: &ConnectOptions) -> Result<NatsClient, NatsError> {
        let stream = TcpStream::connect((options.address.host.as_str(), options.address.port))
            .await
            .map_err(NatsError::Connect)?;
        // Small request/reply exchanges: no Nagle delay.
        let _ = stream.set_nodelay(true);
        let (read, mut write) = stream.into_split();
        let mut reader = BufReader::new(read);
        let greeting = read_line(&mut reader)
            .await?
            .ok_or_else(|| NatsError::Closed("the server closed the connection before INFO".to_owned()))?;
        let (op, arguments) = operation(&greeting);
        if op != "INFO" {
            return Err(NatsError::Protocol(format!("expected INFO, got {greeting}")));
        }
        let info: ServerInfo = serde_json::from_str(arguments)
            .map_err(|error| NatsError::Protocol(format!("an INFO that is not JSON: {error}")))?;
        if info.tls_required {
            return Err(NatsError::TlsRequired);
        }
        let mut connect = serde_json::json!({
            "verbose": false,
            "pedantic": false,
            "tls_required": false,
            "name": options.name,
            "lang": "rust",
            "version": env!("CARGO_PKG_VERSION"),
            "protocol": 1,
            "echo": true,
            "headers": true,
            "no_responders": true,
        });
        match &options.auth {
            Auth::None => {}
            Auth::UserPassword { user, password } => {
                connect["user"] = user.as_str().into();
                connect["pass"] = password.as_str().into();
            }
            Auth::Token(token) => connect["auth_token"] = token.as_str().into(),
        }
        write
            .write_all(format!("CONNECT {connect}\r\nPING\r\n").as_bytes())
            .await
            .map_err(|error| NatsError::Closed(error.to_string()))?;
        loop {
            let Some(line) = read_line(&mut reader).await? else {
                return Err(NatsError::Closed("the server closed the connection during the handshake".to_owned()));
            };
            let (op, arguments) = operation(&line);
            match op.as_str() {
                "PONG" => break,
                "+OK" | "INFO" => {}
                "PING" => write.write_all(b"PONG\r\n").await.map_err(|error| NatsError::Closed(error.to_string()))?,
                "-ERR" => return Err(NatsError::Server(error_text(arguments))),
                _ => return Err(NatsError::Protocol(format!("unexpected during the handshake: {line}"))),
            }
        }

        let shared = Arc::new(Shared::default());
        let (outbound, queue) = mpsc::unbounded_channel();
        let writer = tokio::spawn(write_loop(write, queue));
        let reader = tokio::spawn(read_loop(reader, shared.clone(), outbound.clone()));
        Ok(NatsClient {
            outbound,
            shared,
            info,
            inbox_prefix: format!("_INBOX.{}", random_token()),
            next_inbox: AtomicU64::new(0),
            reader,
            writer,
        })
    }

    /// What the server said about itself when the client connected.
    pub fn server_info(&self) -> &ServerInfo {
        &self.info
    }

    /// Why the connection closed, once it has.
    pub fn closed(&self) -> Option<String> {
        self.shared.closed()
    }

    fn send(&self, bytes: Vec<u8>) -> Result<(), NatsError> {
        if let Some(why) = self.shared.closed() {
            return Err(NatsError::Closed(why));
        }
        self.outbound.send(bytes).map_err(|_| NatsError::Closed("the writer stopped".to_owned()))
    }

    /// Publishes a message (with a reply subject when given).
    pub fn publish(&self, subject: &str, reply: Option<&str>, payload: &[u8]) -> Result<(), NatsError> {
        for subject in std::iter::once(subject).chain(reply) {
            if !valid_subject(subject) {
                return Err(NatsError::InvalidSubject(subject.to_owned()));
            }
        }
        if self.info.max_payload > 0 && payload.len() > self.info.max_payload {
            return Err(NatsError::PayloadTooLarge { size: payload.len(), max: self.info.max_payload });
        }
        let mut bytes = match reply {
            Some(reply) => format!("PUB {subject} {reply} {}\r\n", payload.len()),
            None => format!("PUB {subject} {}\r\n", payload.len()),
        }
        .into_bytes();
        bytes.extend_from_slice(payload);
        bytes.extend_from_slice(b"\r\n");
        self.send(bytes)
    }

    /// Subscribes to a subject (wildcards `*` and `>` allowed).
    pub fn subscribe(&self, subject: &str) -> Result<Subscription, NatsError> {
        self.subscribe_all(&[subject])
    }

    /// One subscription for several subjects: their messages arrive on it in the order the
    /// server sent them.
    pub fn subscribe_all(&self, subjects: &[&str]) -> Result<Subscription, NatsError> {
        if let Some(invalid) = subjects.iter().find(|subject| !valid_subject(subject)) {
            return Err(NatsError::InvalidSubject((*invalid).to_owned()));
        }
        let (sender, receiver) = mpsc::unbounded_channel();
        let mut subscription = Subscription {
            sids: Vec::with_capacity(subjects.len()),
            receiver,
            shared: self.shared.clone(),
            outbound: self.outbound.clone(),
        };
        let mut commands = String::new();
        for subject in subjects {
            let sid = self.shared.next_sid.fetch_add(1, Ordering::Relaxed) + 1;
            lock(&self.shared.subscriptions).insert(sid, sender.clone());
            subscription.sids.push(sid);
            let _ = write!(commands, "SUB {subject} {sid}\r\n");
        }
        self.send(commands.into_bytes())?;
        Ok(subscription)
    }

    /// Sends a `PING` and waits for its `PONG`: everything sent before (subscriptions included)
    /// has then been processed by the server.
    pub async fn flush(&self, timeout: Duration) -> Result<(), NatsError> {
        let (sender, receiver) = oneshot::channel();
        lock(&self.shared.pongs).push_back(sender);
        self.send(b"PING\r\n".to_vec())?;
        match tokio::time::timeout(timeout, receiver).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(self.closed_error()),
            Err(_) => Err(NatsError::Timeout(format!("waiting for the server's PONG after {timeout:?}"))),
        }
    }

    fn closed_error(&self) -> NatsError {
        NatsError::Closed(self.shared.closed().unwrap_or_else(|| "the connection ended".to_owned()))
    }

    /// A subject no one else uses, for replies.
    pub fn new_inbox(&self) -> String {
        format!("{}.{}", self.inbox_prefix, self.next_inbox.fetch_add(1, Ordering::Relaxed))
    }

    /// Publishes a request and waits for the first reply. A "no responders" notice (nobody
    /// subscribes to the subject) fails at once with [`NatsError::NoResponders`].
    pub async fn request(&self, subject: &str, payload: &[u8], timeout: Duration) -> Result<Message, NatsError> {
        let inbox = self.new_inbox();
        let mut replies = self.subscribe(&inbox)?;
        self.publish(subject, Some(&inbox), payload)?;
        match tokio::time::timeout(timeout, replies.next()).await {
            Err(_) => Err(NatsError::Timeout(format!("waiting {timeout:?} for a reply on {subject}"))),
            Ok(None) => Err(self.closed_error()),
            Ok(Some(message)) if message.status == Some(503) => Err(NatsError::NoResponders(subject.to_owned())),
            Ok(Some(message)) => Ok(message),
        }
    }
}

/// Messages of one or more subjects. Dropping it unsubscribes.
pub struct Subscription {
    sids: Vec<u64>,
    receiver: mpsc::UnboundedReceiver<Message>,
    shared: Arc<Shared>,
    outbound: mpsc::UnboundedSender<Vec<u8>>,
}

impl fmt::Debug for Subscription {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Subscription").field("sids", &self.sids).finish_non_exhaustive()
    }
}

impl Subscription {
    /// The next message; `None` once the connection has closed and every message was taken.
    pub async fn next(&mut self) -> Option<Message> {
        self.receiver.recv().await
    }

    /// The next message if one is waiting.
    pub fn try_next(&mut self) -> Option<Message> {
        self.receiver.try_recv().ok()
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let mut subscriptions = lock(&self.shared.subscriptions);
        let mut commands = String::new();
        for sid in &self.sids {
            if subscriptions.remove(sid).is_some() {
                let _ = write!(commands, "UNSUB {sid}\r\n");
            }
        }
        drop(subscriptions);
        if !commands.is_empty() {
            // The connection may be gone already: then there is nothing to unsubscribe from.
            let _ = self.outbound.send(commands.into_bytes());
        }
    }
}

/// Sends what the client queues, in order, until the queue closes or the socket fails.
async fn write_loop(mut write: OwnedWriteHalf, mut queue: mpsc::UnboundedReceiver<Vec<u8>>) {
    while let Some(bytes) = queue.recv().await {
        if write.write_all(&bytes).await.is_err() {
            return;
        }
    }
    let _ = write.shutdown().await;
}

/// Reads what the server sends until the connection ends, then closes the shared state.
async fn read_loop(
    mut reader: BufReader<OwnedReadHalf>,
    shared: Arc<Shared>,
    outbound: mpsc::UnboundedSender<Vec<u8>>,
) {
    let guard = CloseOnDrop(shared);
    let why = match read_messages(&mut reader, &guard.0, &outbound).await {
        Ok(()) => "the server closed the connection".to_owned(),
        Err(error) => error.to_string(),
    };
    guard.0.close(why);
}

async fn read_messages(
    reader: &mut BufReader<OwnedReadHalf>,
    shared: &Shared,
    outbound: &mpsc::UnboundedSender<Vec<u8>>,
) -> Result<(), NatsError> {
    while let Some(line) = read_line(reader).await? {
        let (op, arguments) = operation(&line);
        match op.as_str() {
            "MSG" | "HMSG" => {
                let delivery = parse_delivery(arguments, op == "HMSG")?;
                let mut body = vec![0; delivery.total_bytes + 2];
                reader.read_exact(&mut body).await.map_err(|error| NatsError::Closed(error.to_string()))?;
                if !body.ends_with(b"\r\n") {
                    return Err(NatsError::Protocol(format!("a message on {} of the wrong length", delivery.subject)));
                }
                body.truncate(delivery.total_bytes);
                let status =
                    (delivery.header_bytes > 0).then(|| header_status(&body[..delivery.header_bytes])).flatten();
                let payload = body.split_off(delivery.header_bytes);
                let message = Message { subject: delivery.subject, reply: delivery.reply, payload, status };
                let sender = lock(&shared.subscriptions).get(&delivery.sid).cloned();
                if let Some(sender) = sender {
                    // A subscription dropped meanwhile no longer wants it.
                    let _ = sender.send(message);
                }
            }
            "PING" => {
                let _ = outbound.send(b"PONG\r\n".to_vec());
            }
            "PONG" => {
                if let Some(waiter) = lock(&shared.pongs).pop_front() {
                    let _ = waiter.send(());
                }
            }
            "+OK" | "INFO" => {}
            // The server closes the connection after most errors; after the others (permission
            // violations) a request would wait for a reply that never comes. Either way the
            // connection ends here, and every waiting call learns why at once.
            "-ERR" => return Err(NatsError::Server(error_text(arguments))),
            _ => return Err(NatsError::Protocol(format!("unknown operation {line}"))),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use tokio::net::TcpListener;

    use super::*;

    #[test]
    fn addresses_are_read_with_a_default_port() {
        let parse = |text: &str| NatsAddress::parse(text).map(|address| (address.host, address.port));
        assert_eq!(parse("nats://127.0.0.1:4222"), Ok(("127.0.0.1".into(), 4222)));
        assert_eq!(parse("NATS://broker.example.com/"), Ok(("broker.example.com".into(), 4222)));
        assert_eq!(parse(" broker:5222 "), Ok(("broker".into(), 5222)));
        assert_eq!(parse("nats://[::1]:4223"), Ok(("::1".into(), 4223)));
        assert_eq!(parse("[fe80::1]"), Ok(("fe80::1".into(), 4222)));
        let address = NatsAddress::parse("nats://[::1]:4223").unwrap();
        assert_eq!((address.host_port(), address.url()), ("[::1]:4223".into(), "nats://[::1]:4223".into()));
        assert_eq!(NatsAddress::parse("broker").unwrap().to_string(), "nats://broker:4222");
    }

    #[test]
    fn addresses_it_cannot_use_are_refused_with_the_reason() {
        for (text, reason) in [
            ("tls://broker:4222", "the scheme tls:// is not supported"),
            ("http://broker", "the scheme http:// is not supported"),
            ("nats://user:secret@broker:4222", "credentials do not belong in the address"),
            ("nats://token@broker", "credentials do not belong"),
            ("nats://a:4222,nats://b:4222", "one server address only"),
            ("nats://broker:4222/streams", "without a path"),
            ("/etc/omis/broker:4222", "without a path"),
            ("nats://", "the host is missing"),
            ("nats://:4222", "the host is missing"),
            ("broker:0", "the port 0 is not a number from 1 to 65535"),
            ("broker:70000", "the port 70000"),
            ("broker:port", "the port port"),
            ("::1", "must be written in brackets"),
            ("[::1", "closing ]"),
            ("[::1]4222", "after a colon"),
        ] {
            let error = NatsAddress::parse(text).unwrap_err();
            assert!(error.contains(reason), "{text}: {error}");
        }
    }

    #[test]
    fn credentials_never_print() {
        let auth = Auth::UserPassword { user: "monitor".into(), password: "s3cret".into() };
        assert_eq!(format!("{auth:?}"), "UserPassword { user: \"monitor\", password: \"********\" }");
        assert!(!format!("{:?}", Auth::Token("s3cret".into())).contains("s3cret"));
        let options = ConnectOptions { auth, ..ConnectOptions::new(NatsAddress::parse("broker").unwrap()) };
        assert!(!format!("{options:?}").contains("s3cret"));
    }

    #[test]
    fn deliveries_are_parsed_with_and_without_reply_and_headers() {
        assert_eq!(
            parse_delivery("orders.new 7 12", false).unwrap(),
            Delivery { subject: "orders.new".into(), sid: 7, reply: None, header_bytes: 0, total_bytes: 12 }
        );
        assert_eq!(
            parse_delivery("orders.new 7 _INBOX.x.1 12", false).unwrap(),
            Delivery {
                subject: "orders.new".into(),
                sid: 7,
                reply: Some("_INBOX.x.1".into()),
                header_bytes: 0,
                total_bytes: 12
            }
        );
        assert_eq!(
            parse_delivery("_INBOX.x.1 3 16 16", true).unwrap(),
            Delivery { subject: "_INBOX.x.1".into(), sid: 3, reply: None, header_bytes: 16, total_bytes: 16 }
        );
        for bad in ["orders 7", "orders x 12", "orders 7 r s 12", "orders 7 -1"] {
            assert!(parse_delivery(bad, false).is_err(), "{bad}");
        }
        assert!(parse_delivery("s 1 20 10", true).is_err(), "headers longer than the message");
        assert!(parse_delivery("s 1 999999999999", false).is_err(), "too large");
        assert_eq!(header_status(b"NATS/1.0 503\r\n\r\n"), Some(503));
        assert_eq!(header_status(b"NATS/1.0 408 Request Timeout\r\n\r\n"), Some(408));
        assert_eq!(header_status(b"NATS/1.0\r\nNats-Msg-Id: 1\r\n\r\n"), None);
        assert_eq!(operation("msg a 1 2"), ("MSG".to_owned(), "a 1 2"));
        assert_eq!(operation("PING"), ("PING".to_owned(), ""));
        assert_eq!(error_text(" 'Authorization Violation'"), "Authorization Violation");
    }

    #[test]
    fn inboxes_and_subjects() {
        assert_ne!(random_token(), random_token());
        assert!(valid_subject("$JS.API.STREAM.INFO.orders"));
        assert!(!valid_subject("a b") && !valid_subject("") && !valid_subject("a\r\nPUB x 0"));
    }

    /// A fake server on a local port that greets with `info`, reads the client's first lines and
    /// answers `reply`; returns its address and what the client sent.
    async fn fake_server(info: &'static str, reply: &'static str) -> (NatsAddress, JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let task = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            let (read, mut write) = stream.into_split();
            write.write_all(info.as_bytes()).await.unwrap();
            let mut reader = BufReader::new(read);
            let connect = read_line(&mut reader).await.unwrap().unwrap_or_default();
            let _ping = read_line(&mut reader).await;
            write.write_all(reply.as_bytes()).await.unwrap();
            connect
        });
        (NatsAddress { host: "127.0.0.1".into(), port }, task)
    }

    const INFO: &str = "INFO {\"server_id\":\"fake\",\"version\":\"2.10.0\",\"max_payload\":1024}\r\n";

    #[tokio::test]
    async fn refused_credentials_fail_the_handshake_with_the_servers_words() {
        let (address, server) = fake_server(INFO, "-ERR 'Authorization Violation'\r\n").await;
        let options = ConnectOptions {
            auth: Auth::UserPassword { user: "monitor".into(), password: "wrong".into() },
            ..ConnectOptions::new(address)
        };
        let error = NatsClient::connect(&options).await.unwrap_err();
        assert!(matches!(&error, NatsError::Server(text) if text == "Authorization Violation"), "{error}");
        let connect = server.await.unwrap();
        assert!(connect.starts_with("CONNECT {"), "{connect}");
        assert!(connect.contains("\"user\":\"monitor\"") && connect.contains("\"pass\":\"wrong\""), "{connect}");
        assert!(connect.contains("\"no_responders\":true") && connect.contains("\"headers\":true"), "{connect}");

        let (address, server) = fake_server(INFO, "PONG\r\n").await;
        let options = ConnectOptions { auth: Auth::Token("t0k3n".into()), ..ConnectOptions::new(address) };
        let client = NatsClient::connect(&options).await.unwrap();
        assert_eq!(client.server_info().max_payload, 1024);
        assert!(server.await.unwrap().contains("\"auth_token\":\"t0k3n\""));
        assert!(matches!(client.publish("big", None, &[0; 2048]), Err(NatsError::PayloadTooLarge { .. })));
    }

    #[tokio::test]
    async fn an_error_after_the_handshake_ends_the_connection_with_its_reason() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = NatsAddress { host: "127.0.0.1".into(), port: listener.local_addr().unwrap().port() };
        let server = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            let (read, mut write) = stream.into_split();
            write.write_all(INFO.as_bytes()).await.unwrap();
            let mut reader = BufReader::new(read);
            let _connect = read_line(&mut reader).await;
            let _ping = read_line(&mut reader).await;
            write.write_all(b"PONG\r\n").await.unwrap();
            let subscribe = read_line(&mut reader).await.unwrap().unwrap_or_default();
            let publish = read_line(&mut reader).await.unwrap().unwrap_or_default();
            // A permission violation: the server keeps the connection, the reply never comes.
            write.write_all(b"-ERR 'Permissions Violation for Publish to \"$JS.API.STREAM.LIST\"'\r\n").await.unwrap();
            let _ = read_line(&mut reader).await;
            (subscribe, publish)
        });
        let client = NatsClient::connect(&ConnectOptions::new(address)).await.unwrap();
        let started = std::time::Instant::now();
        let error = client.request("$JS.API.STREAM.LIST", b"{}", Duration::from_secs(5)).await.unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(2), "not a timeout: {error}");
        assert!(
            matches!(&error, NatsError::Closed(why) if why.contains("-ERR 'Permissions Violation for Publish")),
            "{error}"
        );
        drop(client);
        let (subscribe, publish) = server.await.unwrap();
        assert!(subscribe.starts_with("SUB _INBOX.") && subscribe.ends_with(" 1"), "{subscribe}");
        assert!(publish.starts_with("PUB $JS.API.STREAM.LIST _INBOX.") && publish.ends_with(" 2"), "{publish}");
    }

    #[tokio::test]
    async fn servers_that_need_tls_or_say_nothing_are_refused() {
        let (address, _server) = fake_server("INFO {\"tls_required\":true}\r\n", "").await;
        let error = NatsClient::connect(&ConnectOptions::new(address)).await.unwrap_err();
        assert!(matches!(error, NatsError::TlsRequired), "{error}");

        // A listener that never greets: the handshake times out.
        let silent = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = NatsAddress { host: "127.0.0.1".into(), port: silent.local_addr().unwrap().port() };
        let options = ConnectOptions { timeout: Duration::from_millis(200), ..ConnectOptions::new(address) };
        let error = NatsClient::connect(&options).await.unwrap_err();
        assert!(
            matches!(&error, NatsError::Timeout(what) if what.contains("connecting to nats://127.0.0.1")),
            "{error}"
        );

        // Nobody listening: the connection is refused.
        let port = silent.local_addr().unwrap().port();
        drop(silent);
        let options = ConnectOptions::new(NatsAddress { host: "127.0.0.1".into(), port });
        assert!(matches!(NatsClient::connect(&options).await.unwrap_err(), NatsError::Connect(_)));
    }

    /// The test server's address from `OMIS_TEST_NATS_URL`, or `None` (skipped).
    fn test_server(test: &str) -> Option<ConnectOptions> {
        let url = integration_testkit::env::server_address("OMIS_TEST_NATS_URL", test)?;
        Some(ConnectOptions::new(NatsAddress::parse(&url).expect("OMIS_TEST_NATS_URL is nats://host:port")))
    }

    #[tokio::test]
    async fn messages_flow_through_subscriptions_on_a_real_server() {
        let Some(options) = test_server("nats::messages_flow_through_subscriptions_on_a_real_server") else { return };
        let client = NatsClient::connect(&options).await.unwrap();
        assert!(!client.server_info().version.is_empty());
        let prefix = integration_testkit::env::unique_name("natsclient");
        let mut both = client.subscribe_all(&[&format!("{prefix}.a.*"), &format!("{prefix}.b.>")]).unwrap();
        client.flush(Duration::from_secs(5)).await.unwrap();
        client.publish(&format!("{prefix}.a.one"), None, b"first").unwrap();
        client.publish(&format!("{prefix}.c.ignored"), None, b"nobody").unwrap();
        client.publish(&format!("{prefix}.b.two.deep"), Some("reply.here"), b"").unwrap();
        let first = both.next().await.unwrap();
        assert_eq!(
            (first.subject.as_str(), first.payload.as_slice()),
            (format!("{prefix}.a.one").as_str(), &b"first"[..])
        );
        let second = both.next().await.unwrap();
        assert_eq!(second.subject, format!("{prefix}.b.two.deep"));
        assert_eq!((second.reply.as_deref(), second.payload.len(), second.status), (Some("reply.here"), 0, None));
        client.flush(Duration::from_secs(5)).await.unwrap();
        assert!(both.try_next().is_none(), "nothing on other subjects");

        // After the subscription is dropped, its subjects are no longer delivered.
        drop(both);
        let mut other = client.subscribe(&format!("{prefix}.a.*")).unwrap();
        client.flush(Duration::from_secs(5)).await.unwrap();
        client.publish(&format!("{prefix}.a.again"), None, b"x").unwrap();
        assert_eq!(other.next().await.unwrap().subject, format!("{prefix}.a.again"));
    }

    #[tokio::test]
    async fn requests_get_replies_or_fail_fast_on_a_real_server() {
        let Some(options) = test_server("nats::requests_get_replies_or_fail_fast_on_a_real_server") else { return };
        let client = NatsClient::connect(&options).await.unwrap();

        // The JetStream API answers on the server itself.
        let reply = client.request("$JS.API.INFO", b"", Duration::from_secs(5)).await.unwrap();
        let info: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
        assert_eq!(info["type"], "io.nats.jetstream.api.v1.account_info_response", "{info}");

        // A responder of our own, on a second connection.
        let prefix = integration_testkit::env::unique_name("natsrequest");
        let responder = NatsClient::connect(&options).await.unwrap();
        let mut service = responder.subscribe(&format!("{prefix}.echo")).unwrap();
        responder.flush(Duration::from_secs(5)).await.unwrap();
        let echo = tokio::spawn(async move {
            let request = service.next().await.unwrap();
            responder.publish(request.reply.as_deref().unwrap(), None, &request.payload).unwrap();
            responder.flush(Duration::from_secs(5)).await.unwrap();
        });
        let reply = client.request(&format!("{prefix}.echo"), b"hello", Duration::from_secs(5)).await.unwrap();
        assert_eq!(reply.payload, b"hello");
        echo.await.unwrap();

        // Nobody listens: "no responders" at once, not a timeout.
        let started = std::time::Instant::now();
        let error = client.request(&format!("{prefix}.nobody"), b"", Duration::from_secs(5)).await.unwrap_err();
        assert!(matches!(&error, NatsError::NoResponders(subject) if subject.ends_with(".nobody")), "{error}");
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(matches!(client.publish("bad subject", None, b""), Err(NatsError::InvalidSubject(_))));
    }

    #[tokio::test]
    async fn a_closed_connection_ends_subscriptions_and_fails_calls() {
        // A fake server that accepts the handshake and a subscription, then hangs up.
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = NatsAddress { host: "127.0.0.1".into(), port: listener.local_addr().unwrap().port() };
        let server = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            let (read, mut write) = stream.into_split();
            write.write_all(INFO.as_bytes()).await.unwrap();
            let mut reader = BufReader::new(read);
            let _connect = read_line(&mut reader).await;
            let _ping = read_line(&mut reader).await;
            write.write_all(b"PONG\r\n").await.unwrap();
            read_line(&mut reader).await.unwrap().unwrap_or_default()
        });
        let client = NatsClient::connect(&ConnectOptions::new(address)).await.unwrap();
        let mut subscription = client.subscribe("anything").unwrap();
        assert_eq!(server.await.unwrap(), "SUB anything 1");
        assert!(subscription.next().await.is_none(), "the subscription ends with the connection");
        assert!(client.closed().is_some());
        assert!(matches!(client.publish("x", None, b""), Err(NatsError::Closed(_))));
        assert!(matches!(client.request("x", b"", Duration::from_secs(1)).await, Err(NatsError::Closed(_))));
    }
}
