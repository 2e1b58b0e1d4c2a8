# Translations of the strings added for the last gaps of issue #17 (a locked keyring on profile
# removal): (de, es, fr, ja).

T = {
    # SecretError
    "The keyring is locked: unlock it and try again.": (
        "Der Schlüsselbund ist gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.",
        "El llavero está bloqueado: desbloquéelo e inténtelo de nuevo.",
        "Le trousseau est verrouillé : déverrouillez-le et réessayez.",
        "キーリングがロックされています。ロックを解除してからもう一度お試しください。"),
}
