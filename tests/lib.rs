//! Integration tests.
mod cli;
mod tables;
mod corpus;
mod compare;
mod properties;
mod adversarial;
