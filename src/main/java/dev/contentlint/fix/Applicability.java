package dev.contentlint.fix;

/** Whether a fix may be applied without review ({@code --fix}) or only on request ({@code --unsafe-fixes}). */
public enum Applicability { SAFE, UNSAFE }
