//! Users, bearer tokens and the platform paths every omis server answers: `POST /api/token` and
//! `POST /servers/{server}/api/token` (the token as text, egeria-wire.md §2.2), `GET /api/about`
//! and the platform origin (text).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::messages;

/// How long a token lasts.
pub const TOKEN_LIFETIME: Duration = Duration::from_hours(12);

/// Users and the tokens issued to them.
#[derive(Debug, Default)]
pub struct Tokens {
    users: BTreeMap<String, String>,
    issued: Mutex<HashMap<String, (String, Instant)>>,
}

impl Tokens {
    /// The tokens of these users (user id, password).
    pub fn new(users: impl IntoIterator<Item = (String, String)>) -> Tokens {
        Tokens { users: users.into_iter().collect(), issued: Mutex::new(HashMap::new()) }
    }

    /// A new token when the user and password match.
    pub fn issue(&self, user_id: &str, password: &str) -> Option<String> {
        let expected = self.users.get(user_id)?;
        if !constant_time_eq(expected.as_bytes(), password.as_bytes()) {
            return None;
        }
        let token = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
        let mut issued = self.issued.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        issued.retain(|_, (_, expires)| *expires > now);
        issued.insert(token.clone(), (user_id.to_owned(), now + TOKEN_LIFETIME));
        Some(token)
    }

    /// The user a token was issued to, while it is valid.
    pub fn user_of(&self, token: &str) -> Option<String> {
        let issued = self.issued.lock().unwrap_or_else(PoisonError::into_inner);
        issued.get(token).filter(|(_, expires)| *expires > Instant::now()).map(|(user, _)| user.clone())
    }

    /// The user a request's `Authorization: Bearer` header names, while its token is valid.
    pub fn user_of_request(&self, request: &Request) -> Option<String> {
        request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer ")))
            .map(str::trim)
            .and_then(|token| self.user_of(token))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Middleware: lets a request through only with a valid bearer token; otherwise a bare HTTP 401.
pub async fn require_token(State(tokens): State<Arc<Tokens>>, request: Request, next: Next) -> Response {
    match tokens.user_of_request(&request) {
        Some(_) => next.run(request).await,
        None => unauthorized(),
    }
}

/// HTTP 401 with a `WWW-Authenticate: Bearer` challenge.
pub fn unauthorized() -> Response {
    let error = messages::NOT_AUTHENTICATED.error(&[]);
    (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")], error.to_string()).into_response()
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LoginRequest {
    user_id: String,
    password: String,
}

async fn token(State(tokens): State<Arc<Tokens>>, body: Bytes) -> Response {
    let Ok(login) = serde_json::from_slice::<LoginRequest>(&body) else {
        return (StatusCode::BAD_REQUEST, "the body must be {\"userId\": \"...\", \"password\": \"...\"}")
            .into_response();
    };
    match tokens.issue(&login.user_id, &login.password) {
        Some(token) => ([(header::CONTENT_TYPE, "text/plain")], token).into_response(),
        None => (StatusCode::UNAUTHORIZED, messages::BAD_CREDENTIALS.error(&[]).to_string()).into_response(),
    }
}

/// The token paths, `/api/about` and the platform origin; `about` is the text both answer.
pub fn platform_router(tokens: Arc<Tokens>, about: String) -> Router {
    let about = Arc::new(about);
    let (about_a, about_b, about_c) = (Arc::clone(&about), Arc::clone(&about), about);
    Router::new()
        .route("/api/token", post(token))
        .route("/servers/{server}/api/token", post(token))
        .route("/api/about", get(move || async move { about_a.to_string() }))
        .route(
            "/open-metadata/platform-services/server-platform/origin",
            get(move || async move { about_b.to_string() }),
        )
        .route(
            "/open-metadata/platform-services/users/{user}/server-platform/origin",
            get(move || async move { about_c.to_string() }),
        )
        .with_state(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_issued_to_known_users_with_their_password() {
        let tokens = Tokens::new([("alice".to_owned(), "secret".to_owned())]);
        assert_eq!(tokens.issue("alice", "wrong"), None);
        assert_eq!(tokens.issue("bob", "secret"), None);
        let token = tokens.issue("alice", "secret").expect("a token");
        assert_eq!(tokens.user_of(&token).as_deref(), Some("alice"));
        assert_eq!(tokens.user_of("forged"), None);
    }
}
