print("frontline: under construction")
