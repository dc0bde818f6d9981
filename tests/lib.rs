//! Integration tests.
mod adversarial;
mod cli;
mod compare;
mod corpus;
mod properties;
mod support;
mod tables;
