//! A small blocking connection pool: connections are opened on demand up to a maximum, reused, and
//! dropped when they report themselves broken.

use std::ops::{Deref, DerefMut};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

use integration_daemon_api::Result;

struct PoolState<C> {
    idle: Vec<C>,
    open: usize,
}

/// Connections of type `C`.
pub(crate) struct Pool<C> {
    state: Mutex<PoolState<C>>,
    returned: Condvar,
    max: usize,
    connect: Box<dyn Fn() -> Result<C> + Send + Sync>,
    healthy: fn(&C) -> bool,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The state is a list and a count, consistent after any panic.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<C> Pool<C> {
    pub(crate) fn new(
        max: usize,
        connect: impl Fn() -> Result<C> + Send + Sync + 'static,
        healthy: fn(&C) -> bool,
    ) -> Pool<C> {
        Pool {
            state: Mutex::new(PoolState { idle: Vec::new(), open: 0 }),
            returned: Condvar::new(),
            max: max.max(1),
            connect: Box::new(connect),
            healthy,
        }
    }

    /// An idle connection, a new one when fewer than the maximum are open, or the next one
    /// returned.
    pub(crate) fn get(&self) -> Result<Pooled<'_, C>> {
        let mut state = lock(&self.state);
        loop {
            if let Some(connection) = state.idle.pop() {
                return Ok(Pooled { pool: self, connection: Some(connection) });
            }
            if state.open < self.max {
                state.open += 1;
                drop(state);
                return match (self.connect)() {
                    Ok(connection) => Ok(Pooled { pool: self, connection: Some(connection) }),
                    Err(error) => {
                        lock(&self.state).open -= 1;
                        self.returned.notify_one();
                        Err(error)
                    }
                };
            }
            state = self.returned.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Takes every idle connection out of the pool (to close them somewhere else).
    #[cfg(feature = "postgres")]
    pub(crate) fn drain(&self) -> Vec<C> {
        let mut state = lock(&self.state);
        let idle = std::mem::take(&mut state.idle);
        state.open -= idle.len();
        idle
    }

    fn give_back(&self, connection: C) {
        let mut state = lock(&self.state);
        if (self.healthy)(&connection) {
            state.idle.push(connection);
        } else {
            state.open -= 1;
        }
        drop(state);
        self.returned.notify_one();
    }
}

/// A connection borrowed from a [`Pool`]; it goes back when dropped.
pub(crate) struct Pooled<'a, C> {
    pool: &'a Pool<C>,
    connection: Option<C>,
}

impl<C> Deref for Pooled<'_, C> {
    type Target = C;

    fn deref(&self) -> &C {
        self.connection.as_ref().expect("present until drop")
    }
}

impl<C> DerefMut for Pooled<'_, C> {
    fn deref_mut(&mut self) -> &mut C {
        self.connection.as_mut().expect("present until drop")
    }
}

impl<C> Drop for Pooled<'_, C> {
    fn drop(&mut self) {
        if let Some(connection) = self.connection.take() {
            self.pool.give_back(connection);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn reuses_connections_and_respects_the_maximum() {
        let opened = Arc::new(AtomicUsize::new(0));
        let counter = opened.clone();
        let pool = Arc::new(Pool::new(2, move || Ok(counter.fetch_add(1, Ordering::SeqCst)), |_| true));
        {
            let a = pool.get().unwrap();
            let b = pool.get().unwrap();
            assert_ne!(*a, *b);
        }
        let held = pool.get().unwrap();
        assert_eq!(opened.load(Ordering::SeqCst), 2);
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let pool = pool.clone();
                std::thread::spawn(move || {
                    let _held = pool.get().unwrap();
                })
            })
            .collect();
        drop(held);
        for thread in threads {
            thread.join().unwrap();
        }
        assert_eq!(opened.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn broken_connections_are_replaced() {
        let opened = Arc::new(AtomicUsize::new(0));
        let counter = opened.clone();
        let pool = Pool::new(1, move || Ok(counter.fetch_add(1, Ordering::SeqCst)), |c| *c != 0);
        drop(pool.get().unwrap());
        assert_eq!(*pool.get().unwrap(), 1);
    }
}
