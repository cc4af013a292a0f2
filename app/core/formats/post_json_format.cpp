// implemented by its module owner
